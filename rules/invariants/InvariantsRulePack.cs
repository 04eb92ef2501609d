using System.Collections.Generic;

namespace Tamer.Spec.Rules.Invariants;

/// <summary>The invariants axis: 2.0.0 (the axis did not exist in the first gate) and 2.1.0, which accepts references to the invariants registry.</summary>
public sealed class InvariantsRulePack : RulePack
{
    /// <inheritdoc />
    public override string Axis => "invariants";

    /// <inheritdoc />
    public override string Description => "A change that may touch many files names the global properties it must keep, and why each matters.";

    /// <inheritdoc />
    public override IReadOnlyList<Rule> Versions { get; } = new Rule[] { new InvariantsRuleV2(), new InvariantsRuleV21() };

    /// <inheritdoc />
    public override IReadOnlyList<PackSetting> Settings { get; } = new[] { InvariantsSettings.BroadChangeFiles };

    /// <inheritdoc />
    public override IReadOnlyList<Fixes.FixProvider> FixProviders { get; } = new Fixes.FixProvider[] { new InvariantsFixProvider() };
}
