using System;
using System.Collections.Generic;
using System.Linq;
using Tamer.Spec.Text;
using Tamer.Spec.Yaml;

namespace Tamer.Spec.Model;

/// <summary>The <c>scope</c> of a Work Item, in whichever shape it is written.</summary>
public sealed class ScopeDeclaration
{
    /// <summary>A Work Item with no <c>scope</c>.</summary>
    public static ScopeDeclaration Missing { get; } = new(ScopeShape.Missing, default, null, null, null, null, null, Array.Empty<PathEntry>());

    /// <summary>Creates a scope.</summary>
    public ScopeDeclaration(ScopeShape shape, TextSpan keySpan, YamlNode? value, PathList? write, PathList? readOnly, PathList? forbidden, BooleanValue? extendScope, IReadOnlyList<PathEntry> legacyPaths)
    {
        Shape = shape;
        KeySpan = keySpan;
        Value = value;
        Write = write;
        ReadOnly = readOnly;
        Forbidden = forbidden;
        ExtendScope = extendScope;
        LegacyPaths = legacyPaths;
    }

    /// <summary>How the scope is written.</summary>
    public ScopeShape Shape { get; }

    /// <summary>True for the two format-1 shapes.</summary>
    public bool IsLegacy => Shape is ScopeShape.LegacyList or ScopeShape.LegacyPaths;

    /// <summary>The <c>scope</c> key's span.</summary>
    public TextSpan KeySpan { get; }

    /// <summary>The value node, or null when the key is missing.</summary>
    public YamlNode? Value { get; }

    /// <summary><c>write</c>, or null when absent.</summary>
    public PathList? Write { get; }

    /// <summary><c>read_only</c>, or null when absent.</summary>
    public PathList? ReadOnly { get; }

    /// <summary><c>forbidden</c>, or null when absent.</summary>
    public PathList? Forbidden { get; }

    /// <summary><c>extend_scope</c>, or null when absent.</summary>
    public BooleanValue? ExtendScope { get; }

    /// <summary>The paths of a legacy scope (empty for the format-2 shape).</summary>
    public IReadOnlyList<PathEntry> LegacyPaths { get; }

    /// <summary>
    /// The paths the change may modify: <c>write</c>, or a legacy scope's paths (format 1 had only
    /// one list, and it meant write access).
    /// </summary>
    public IEnumerable<PathEntry> WritablePaths => IsLegacy ? LegacyPaths : Write?.Entries ?? Enumerable.Empty<PathEntry>();

    /// <summary>Every path of every list.</summary>
    public IEnumerable<PathEntry> AllPaths =>
        LegacyPaths
            .Concat(Write?.Entries ?? Enumerable.Empty<PathEntry>())
            .Concat(ReadOnly?.Entries ?? Enumerable.Empty<PathEntry>())
            .Concat(Forbidden?.Entries ?? Enumerable.Empty<PathEntry>());
}
