using System.Collections.Generic;
using Tamer.Spec.Text;

namespace Tamer.Spec.Yaml;

/// <summary>Finds the node a diagnostic points at, and the mapping entry that holds it.</summary>
public static class YamlNodeFinder
{
    /// <summary>
    /// The mapping entry under <paramref name="root"/> whose key or value spans exactly
    /// <paramref name="span"/>, with the mapping that holds it; null when there is none. The walk is
    /// iterative, so deep nesting costs no stack.
    /// </summary>
    public static (YamlMapping Mapping, YamlMappingEntry Entry)? FindEntry(YamlNode? root, TextSpan span)
    {
        var pending = new Stack<YamlNode>();
        if (root is not null)
        {
            pending.Push(root);
        }

        while (pending.Count > 0)
        {
            switch (pending.Pop())
            {
                case YamlMapping mapping when mapping.Span.Contains(span):
                    foreach (var entry in mapping.Entries)
                    {
                        if (entry.Key.Span == span || entry.Value.Span == span)
                        {
                            return (mapping, entry);
                        }

                        pending.Push(entry.Value);
                    }

                    break;
                case YamlSequence sequence when sequence.Span.Contains(span):
                    foreach (var item in sequence.Items)
                    {
                        pending.Push(item);
                    }

                    break;
            }
        }

        return null;
    }

    /// <summary>
    /// The item of <paramref name="sequence"/> written inside it whose span holds
    /// <paramref name="span"/>, with its index; null when none does (an alias item's node is written
    /// at its anchor, not in the list).
    /// </summary>
    public static (YamlNode Item, int Index)? FindItem(YamlSequence sequence, TextSpan span)
    {
        for (var i = 0; i < (sequence?.Items.Count ?? 0); i++)
        {
            if (sequence!.Items[i].Span.Contains(span) && sequence.Span.Contains(sequence.Items[i].Span))
            {
                return (sequence.Items[i], i);
            }
        }

        return null;
    }
}
