using NuGet.Versioning;

namespace Tamer.Spec.Rules.Traceability;

/// <summary>
/// Traceability 1.0.0 declares TMR6001–TMR6003 so that configuration, docs and every host know
/// them. A Work Item alone gives it nothing to check: the claims live in test code, and
/// <see cref="ClaimCheck"/> compares them with the workspace.
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
        // Nothing to check from the Work Item alone: see ClaimCheck.
    }
}
