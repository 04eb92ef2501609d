namespace Tamer.Spec.Rules.Acceptance.Evidence;

/// <summary>The names of the missing-evidence features, and how a message names each piece.</summary>
internal static class MissingPiece
{
    public const string Result = "missing:result";

    public const string Trigger = "missing:trigger";

    public const string Subject = "missing:subject";

    public const string ResultAndTrigger = "missing:result+trigger";

    /// <summary>The words a message uses for a missing piece, or null for a feature that is not one.</summary>
    public static string? Describe(string name) => name switch
    {
        Result or ResultAndTrigger or "missing:result+smell" => "a result a tester can observe",
        Trigger => "the input or action the result follows from",
        Subject => "the concrete thing it applies to",
        "missing:output" => "an output a tester can check (the verb names work inside the system)",
        _ => null,
    };
}
