namespace Tamer.Spec.Diagnostics;

/// <summary>The names fix kinds have in every report and API: <c>safe</c>, <c>suggestion</c>, <c>none</c>.</summary>
public static class FixKindNames
{
    /// <summary>The name of a fix kind.</summary>
    public static string ToName(this FixKind kind) => kind switch
    {
        FixKind.Safe => "safe",
        FixKind.Suggestion => "suggestion",
        _ => "none",
    };
}
