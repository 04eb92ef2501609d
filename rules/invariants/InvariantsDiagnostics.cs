using Tamer.Spec.Diagnostics;

namespace Tamer.Spec.Rules.Invariants;

/// <summary>The invariants axis's diagnostics (TMR3001–TMR3003).</summary>
public static class InvariantsDiagnostics
{
    /// <summary>TMR3001</summary>
    public static DiagnosticDescriptor MissingInvariants { get; } = Create(
        "TMR3001", "Broad change without invariants", "the change may touch more than {0} files ({1}) and declares no invariants; name the properties it must keep", DiagnosticSeverity.Warning, FixKind.Suggestion);

    /// <summary>TMR3002</summary>
    public static DiagnosticDescriptor MissingConsequence { get; } = Create(
        "TMR3002", "Invariant without consequence", "invariant '{0}' has no consequence; say what goes wrong if it is broken", DiagnosticSeverity.Error);

    /// <summary>TMR3003</summary>
    public static DiagnosticDescriptor MalformedInvariant { get; } = Create(
        "TMR3003", "Malformed invariant", "invariant entry is malformed: {0}; write '\"statement\": \"consequence\"' or {{statement, consequence}}", DiagnosticSeverity.Error);

    private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity, FixKind fix = FixKind.None) =>
        new(id, title, message, severity, HelpLinks.ForPath("rules/invariants/docs/" + id + ".md"), fix);
}
