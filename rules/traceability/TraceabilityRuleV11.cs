using NuGet.Versioning;

namespace Tamer.Spec.Rules.Traceability;

/// <summary>
/// Traceability 1.1.0: 1.0.0's checks, and, when the change carries test runs (TRX or JUnit XML),
/// the run as evidence: each acceptance criterion of the Work Item has a test in the run that
/// claims it (TMR6004), and every test that claims it passed (TMR6005). A claim is a C#
/// <c>[Satisfies]</c> on the test or its class, or <c>WI-ID/AC-n</c> in the test's name or properties.
/// A criterion may instead say <c>manual: true</c> (a person checks it): it then says how in
/// <c>verify</c> (TMR6007 when not), needs no test, and is listed in every check of a run (TMR6006).
/// </summary>
public sealed class TraceabilityRuleV11 : Rule
{
    /// <summary>The version of this rule.</summary>
    public static NuGetVersion RuleVersion { get; } = new(1, 1, 0);

    /// <summary>Creates the rule.</summary>
    public TraceabilityRuleV11()
        : base(RuleVersion, new[]
        {
            TraceabilityDiagnostics.UnknownWorkItem, TraceabilityDiagnostics.UnknownCriterion, TraceabilityDiagnostics.UnclaimedCriterion,
            TraceabilityDiagnostics.UnprovenCriterion, TraceabilityDiagnostics.FailingCriterion,
            TraceabilityDiagnostics.ManualCriterion, TraceabilityDiagnostics.UnexplainedManualCriterion,
        })
    {
    }

    /// <inheritdoc />
    public override void Analyze(RuleContext context) => ManualCheck.Run(context);

    /// <inheritdoc />
    public override void AnalyzeChange(RuleContext context)
    {
        UnclaimedCriterionCheck.Run(context, manualNeedsNoClaim: true);
        TestRunEvidenceCheck.Run(context);
    }

    /// <inheritdoc />
    public override void AnalyzeClaims(ClaimContext context) => ClaimResolutionCheck.Run(context);
}
