using NuGet.Versioning;

namespace Tamer.Spec.Rules.Traceability;

/// <summary>
/// Traceability 1.0.0: the claims tests make (<c>[Satisfies]</c>), which a host reads from the
/// code and hands to the engine with the change. Each claim names a known Work Item (TMR6001) and
/// criteria it has (TMR6002); with every claim known, each criterion of a finished Work Item is
/// claimed (TMR6003). A Work Item alone gives it nothing to check.
/// </summary>
public sealed class TraceabilityRuleV1 : Rule
{
    /// <summary>The version of this rule.</summary>
    public static NuGetVersion RuleVersion { get; } = new(1, 0, 0);

    /// <summary>Creates the rule.</summary>
    public TraceabilityRuleV1()
        : base(RuleVersion, new[] { TraceabilityDiagnostics.UnknownWorkItem, TraceabilityDiagnostics.UnknownCriterion, TraceabilityDiagnostics.UnclaimedCriterion })
    {
    }

    /// <inheritdoc />
    public override void Analyze(RuleContext context)
    {
        // Nothing to check from the Work Item alone: the claims come with the change.
    }

    /// <inheritdoc />
    public override void AnalyzeChange(RuleContext context) => UnclaimedCriterionCheck.Run(context, manualNeedsNoClaim: false);

    /// <inheritdoc />
    public override void AnalyzeClaims(ClaimContext context) => ClaimResolutionCheck.Run(context);
}
