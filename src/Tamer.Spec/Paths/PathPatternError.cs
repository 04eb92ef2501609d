namespace Tamer.Spec.Paths;

/// <summary>Why a scope path is not usable.</summary>
public enum PathPatternError
{
    /// <summary>The path is fine.</summary>
    None,

    /// <summary>The path is empty.</summary>
    Empty,

    /// <summary>The path starts at the file system root, a drive or a home folder.</summary>
    Absolute,

    /// <summary>The path has a <c>..</c> segment.</summary>
    ParentSegment,

    /// <summary>The path uses a backslash; scope paths use <c>/</c>.</summary>
    Backslash,

    /// <summary>The glob is malformed (<c>**</c> inside a segment, an empty segment).</summary>
    InvalidGlob,
}
