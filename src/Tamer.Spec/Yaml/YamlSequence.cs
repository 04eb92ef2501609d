using System.Collections.Generic;
using Tamer.Spec.Text;

namespace Tamer.Spec.Yaml;

/// <summary>A YAML sequence (a list).</summary>
public sealed class YamlSequence : YamlNode
{
    internal YamlSequence(TextSpan span, string? tag, bool isFlow, IReadOnlyList<YamlNode> items)
        : base(span, tag)
    {
        IsFlow = isFlow;
        Items = items;
    }

    /// <summary>True for <c>[a, b]</c>, false for a block list of <c>- a</c> lines.</summary>
    public bool IsFlow { get; }

    /// <summary>The items in order.</summary>
    public IReadOnlyList<YamlNode> Items { get; }

    /// <inheritdoc />
    public override string KindDescription => "a list";
}
