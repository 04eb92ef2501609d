namespace Tamer.Spec.Fixes;

/// <summary>Which fixes a run applies.</summary>
public enum FixScope
{
    /// <summary>Safe fixes only: what <c>--fix</c> applies.</summary>
    Safe,

    /// <summary>Safe fixes and suggestions: what accepting every fix an editor offers would give.</summary>
    SafeAndSuggestions,
}
