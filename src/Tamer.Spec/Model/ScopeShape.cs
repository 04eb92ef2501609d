namespace Tamer.Spec.Model;

/// <summary>How <c>scope</c> is written.</summary>
public enum ScopeShape
{
    /// <summary>No <c>scope</c> key.</summary>
    Missing,

    /// <summary><c>scope:</c> with no value.</summary>
    Empty,

    /// <summary>The format-2 mapping: <c>write</c>, <c>read_only</c>, <c>forbidden</c>, <c>extend_scope</c>.</summary>
    Mapping,

    /// <summary>Legacy format 1: a bare list, <c>scope: [src/]</c>.</summary>
    LegacyList,

    /// <summary>Legacy format 1: <c>scope: { paths: [...] }</c>.</summary>
    LegacyPaths,

    /// <summary>A value of the wrong type (reported as TMR0007).</summary>
    Invalid,
}
