using Tamer.Spec.Diagnostics;

namespace Tamer.Spec.Rules.NonGoals;

/// <summary>The non-goals axis's diagnostics (TMR5001–TMR5004).</summary>
public static class NonGoalsDiagnostics
{
    /// <summary>TMR5001</summary>
    public static DiagnosticDescriptor MissingNonGoals { get; } = Create(
        "TMR5001", "Large change without non-goals", "estimate.diff_lines is {0} but the Work Item names no non-goals; say what the worker is not doing", DiagnosticSeverity.Error, FixKind.Suggestion);

    /// <summary>TMR5002</summary>
    public static DiagnosticDescriptor MissingAcceptedFailures { get; } = Create(
        "TMR5002", "Large change without accepted failures", "estimate.diff_lines is {0} and no accepted_failures are named; say which imperfections are acceptable", DiagnosticSeverity.Info);

    /// <summary>TMR5003</summary>
    public static DiagnosticDescriptor MissingEstimate { get; } = Create(
        "TMR5003", "No estimate", "the Work Item has no estimate (diff_lines, files), so whether it needs non-goals cannot be judged", DiagnosticSeverity.Info);

    /// <summary>TMR5004</summary>
    public static DiagnosticDescriptor ContradictedNonGoal { get; } = Create(
        "TMR5004", "Non-goal contradicted by a criterion", "non-goal '{0}' appears in criterion {1}; the Work Item contradicts itself", DiagnosticSeverity.Warning);

    private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity, FixKind fix = FixKind.None) =>
        new(id, title, message, severity, HelpLinks.ForPath("rules/non-goals/docs/" + id + ".md"), fix);
}
