using System.Collections.Generic;
using System.Linq;
using Tamer.Spec.Claims;
using Tamer.Spec.Diagnostics;
using Tamer.Spec.Rules.Traceability;
using Tamer.Spec.TestRuns;

namespace Tamer.Spec.Host.Assignments;

/// <summary>
/// The test runs a submission carries and the repository's <c>[Satisfies]</c> claims: what the
/// traceability rule judges the Work Item's criteria against (TMR6004, TMR6005) in the same engine
/// call as the drift check.
/// </summary>
internal sealed record SubmittedEvidence(IReadOnlyList<TestRun> Runs, IReadOnlyList<CriterionClaim> Claims)
{
    /// <summary>True for an error that leaves a criterion unproven by the runs.</summary>
    public static bool IsUnproven(Diagnostic diagnostic) =>
        diagnostic.Id == TraceabilityDiagnostics.UnprovenCriterion.Id || diagnostic.Id == TraceabilityDiagnostics.FailingCriterion.Id;

    /// <summary>The criterion a diagnostic of the evidence check is about (its id, or <c>criterion N</c>).</summary>
    public static string? CriterionOf(Diagnostic diagnostic) =>
        diagnostic.Properties.TryGetValue(TraceabilityDiagnostics.CriterionProperty, out var criterion) ? criterion : null;

    /// <summary>"AC-2 (TMR6005), AC-3 (TMR6004)": the unproven criteria in one line.</summary>
    public static string Describe(IReadOnlyList<Diagnostic> unproven) =>
        string.Join(", ", unproven.Select(d => (CriterionOf(d) ?? "a criterion") + " (" + d.Id + ")"));
}
