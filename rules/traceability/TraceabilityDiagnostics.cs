using Tamer.Spec.Diagnostics;

namespace Tamer.Spec.Rules.Traceability;

/// <summary>The traceability axis's diagnostics (TMR6001–TMR6005).</summary>
public static class TraceabilityDiagnostics
{
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

    private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity) =>
        new(id, title, message, severity, HelpLinks.ForPath("rules/traceability/docs/" + id + ".md"));
}
