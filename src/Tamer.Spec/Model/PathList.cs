using System.Collections.Generic;
using Tamer.Spec.Text;
using Tamer.Spec.Yaml;

namespace Tamer.Spec.Model;

/// <summary>One of <c>write</c>, <c>read_only</c>, <c>forbidden</c> (or a legacy list of paths).</summary>
public sealed class PathList
{
    /// <summary>Creates a list.</summary>
    public PathList(ScopeAccess access, TextSpan keySpan, YamlNode value, IReadOnlyList<PathEntry> entries)
    {
        Access = access;
        KeySpan = keySpan;
        Value = value;
        Entries = entries;
    }

    /// <summary>What the list grants.</summary>
    public ScopeAccess Access { get; }

    /// <summary>The key's span (the value's span for a legacy bare list).</summary>
    public TextSpan KeySpan { get; }

    /// <summary>The value node: a sequence, or a null scalar for an empty key.</summary>
    public YamlNode Value { get; }

    /// <summary>The paths.</summary>
    public IReadOnlyList<PathEntry> Entries { get; }
}
