using System;
using System.Linq;
using Tamer.Spec.Parsing;
using Tamer.Spec.Yaml;

namespace Tamer.Spec.Fixes;

/// <summary>
/// How a file writes its frontmatter, so that added lines look like their neighbours: the line
/// break it uses most, the indentation step of nested entries, and where top-level keys start.
/// </summary>
public sealed class FrontmatterStyle
{
    private FrontmatterStyle(string newLine, string indentUnit)
    {
        NewLine = newLine;
        IndentUnit = indentUnit;
    }

    /// <summary>"\r\n", "\n" or "\r".</summary>
    public string NewLine { get; }

    /// <summary>The spaces one nesting level adds (two when the file shows none).</summary>
    public string IndentUnit { get; }

    /// <summary>The style of <paramref name="document"/>.</summary>
    public static FrontmatterStyle Of(WorkItemDocument document)
    {
        if (document is null)
        {
            throw new ArgumentNullException(nameof(document));
        }

        var text = document.Text;
        var unit = 2;
        var root = document.WorkItem?.Frontmatter;
        if (root is not null && !root.IsFlow)
        {
            foreach (var entry in root.Entries)
            {
                var child = entry.Value switch
                {
                    YamlMapping { IsFlow: false, Entries.Count: > 0 } mapping => mapping.Entries[0].Key,
                    YamlSequence { IsFlow: false, Items.Count: > 0 } sequence => sequence.Items[0],
                    _ => null,
                };
                if (child is null)
                {
                    continue;
                }

                // A nested key or a list item's dash: how far its line is indented past the parent's.
                var step = FrontmatterEdits.IndentOf(text, child.Span.Start) - FrontmatterEdits.IndentOf(text, entry.Key.Span.Start);
                if (step > 0)
                {
                    unit = step;
                    break;
                }
            }
        }

        return new FrontmatterStyle(text.DominantLineBreak, new string(' ', Math.Min(unit, 8)));
    }

    /// <summary><paramref name="levels"/> indentation steps.</summary>
    public string Indent(int levels) => string.Concat(Enumerable.Repeat(IndentUnit, Math.Max(0, levels)));
}
