using NuGet.Versioning;

namespace Tamer.Spec.Rules.Traceability;

/// <summary>
/// Traceability 1.1.0: 1.0.0's checks, and, when the change carries test runs (TRX or JUnit XML),
/// the run as evidence: each acceptance criterion of the Work Item has a test in the run that
/// claims it (TMR6004), and every test that claims it passed (TMR6005). A claim is a C#
/// <c>[Satisfies]</c> on the test or its class, or <c>WI-ID/AC-n</c> in the test's name or properties.
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
        })
    {
    }

    /// <inheritdoc />
    public override void Analyze(RuleContext context)
    {
        // Nothing to check from the Work Item alone: the claims and runs come with the change.
    }

    /// <inheritdoc />
    public override void AnalyzeChange(RuleContext context)
    {
        UnclaimedCriterionCheck.Run(context);
        TestRunEvidenceCheck.Run(context);
    }

    /// <inheritdoc />
    public override void AnalyzeClaims(ClaimContext context) => ClaimResolutionCheck.Run(context);
}
