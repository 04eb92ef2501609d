using Tamer.Spec.Diagnostics;

namespace Tamer.Spec.Rules.Traceability;

/// <summary>The traceability axis's diagnostics (TMR6001–TMR6007).</summary>
public static class TraceabilityDiagnostics
{
    /// <summary>The property of TMR6004–TMR6006 that names the criterion (its id, or <c>criterion N</c>), for hosts that list them.</summary>
    public const string CriterionProperty = "criterion";

    /// <summary>TMR6001</summary>
    public static DiagnosticDescriptor UnknownWorkItem { get; } = Create(
        "TMR6001", "Claim of an unknown Work Item", "[Satisfies] names Work Item '{0}', which no Work Item file of the project declares{1}", DiagnosticSeverity.Error);

    /// <summary>TMR6002</summary>
    public static DiagnosticDescriptor UnknownCriterion { get; } = Create(
        "TMR6002", "Claim of an unknown acceptance criterion", "[Satisfies] names criterion '{1}', which Work Item {0} does not have{2}", DiagnosticSeverity.Error);

    /// <summary>TMR6003 (off unless configured: a project opts in by giving it a severity).</summary>
    public static DiagnosticDescriptor UnclaimedCriterion { get; } = Create(
        "TMR6003", "Finished criterion no test claims", "{0}", DiagnosticSeverity.None);

    /// <summary>TMR6004</summary>
    public static DiagnosticDescriptor UnprovenCriterion { get; } = Create(
        "TMR6004", "Criterion no test in the run claims", "{0} of {1} has no test in the run that claims it ('{2}'); {3}", DiagnosticSeverity.Error);

    /// <summary>TMR6005</summary>
    public static DiagnosticDescriptor FailingCriterion { get; } = Create(
        "TMR6005", "Criterion whose claiming test did not pass", "{0} of {1} is claimed by {2} in the run, and {3} ('{4}')", DiagnosticSeverity.Error);

    /// <summary>TMR6006</summary>
    public static DiagnosticDescriptor ManualCriterion { get; } = Create(
        "TMR6006", "Criterion checked by a person, not a test", "{0} of {1} is checked by a person, not by a test in the run: {2} ('{3}')", DiagnosticSeverity.Info);

    /// <summary>TMR6007</summary>
    public static DiagnosticDescriptor UnexplainedManualCriterion { get; } = Create(
        "TMR6007", "Manual criterion that does not say how it is checked", "{0} says 'manual: true' but not how a person checks it; add 'verify:' with what the reviewer looks at and what they compare it with, or remove 'manual' and let a test claim it", DiagnosticSeverity.Error);

    private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity) =>
        new(id, title, message, severity, HelpLinks.ForPath("rules/traceability/docs/" + id + ".md"));
}
