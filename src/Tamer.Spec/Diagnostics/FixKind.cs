namespace Tamer.Spec.Diagnostics;

/// <summary>What kind of fix a diagnostic has.</summary>
public enum FixKind
{
    /// <summary>No fix.</summary>
    None,

    /// <summary>Mechanical and meaning-preserving: <c>--fix</c> applies it.</summary>
    Safe,

    /// <summary>Changes meaning or needs a choice: editors offer it, <c>--fix</c> does not apply it.</summary>
    Suggestion,
}
