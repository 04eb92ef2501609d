using System.Collections.Generic;

namespace Tamer.Spec.Rules.Traceability;

/// <summary>
/// The traceability axis: which tests prove which acceptance criteria. Its findings need the
/// claims written in C# code, so hosts that read code (the Roslyn analyzer, <c>tamer-lint
/// trace</c>) hand them to the engine with the change; linting Work Items alone reports nothing for it.
/// </summary>
public sealed class TraceabilityRulePack : RulePack
{
    /// <summary>The axis name.</summary>
    public const string AxisName = "traceability";

    /// <inheritdoc />
    public override string Axis => AxisName;

    /// <inheritdoc />
    public override string Description => "Tests claim the acceptance criteria they prove; a claim names a real Work Item and criterion, and a finished criterion has a test that claims it.";

    /// <inheritdoc />
    public override IReadOnlyList<Rule> Versions { get; } = new Rule[] { new TraceabilityRuleV1(), new TraceabilityRuleV11() };
}
