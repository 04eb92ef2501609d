namespace Tamer.Spec.Rules.Dependencies;

/// <summary>How a Work Item touches a path that active work writes, most direct first.</summary>
internal enum OverlapKind
{
    /// <summary>It writes the path too.</summary>
    AlsoWrites,

    /// <summary>It reads the file (a single file in read_only).</summary>
    Reads,

    /// <summary>Its criteria or body name the file.</summary>
    Names,
}
