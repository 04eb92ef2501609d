using System;
using System.Collections.Generic;
using Tamer.Spec.Text;

namespace Tamer.Spec.Yaml;

/// <summary>A YAML mapping, its entries in file order. Keys are unique (a duplicate is a parse problem and is dropped).</summary>
public sealed class YamlMapping : YamlNode
{
    internal YamlMapping(TextSpan span, string? tag, bool isFlow, IReadOnlyList<YamlMappingEntry> entries)
        : base(span, tag)
    {
        IsFlow = isFlow;
        Entries = entries;
    }

    /// <summary>True for <c>{a: 1}</c>, false for block lines.</summary>
    public bool IsFlow { get; }

    /// <summary>The entries in file order.</summary>
    public IReadOnlyList<YamlMappingEntry> Entries { get; }

    /// <inheritdoc />
    public override string KindDescription => "a mapping";

    /// <summary>The entry whose key is the plain text <paramref name="key"/>, or null.</summary>
    public YamlMappingEntry? Find(string key)
    {
        foreach (var entry in Entries)
        {
            if (entry.Key is YamlScalar scalar && string.Equals(scalar.Value, key, StringComparison.Ordinal))
            {
                return entry;
            }
        }

        return null;
    }
}
