using System.Collections.Generic;

namespace Tamer.Spec.Rules.NonGoals;

/// <summary>The non-goals axis: one version, 2.0.0 (the axis did not exist in the first gate).</summary>
public sealed class NonGoalsRulePack : RulePack
{
    /// <inheritdoc />
    public override string Axis => "non-goals";

    /// <inheritdoc />
    public override string Description => "A large change says what the worker is not doing and which imperfections are acceptable.";

    /// <inheritdoc />
    public override IReadOnlyList<Rule> Versions { get; } = new Rule[] { new NonGoalsRuleV2() };

    /// <inheritdoc />
    public override IReadOnlyList<PackSetting> Settings { get; } = new[] { NonGoalsSettings.LargeDiffLines };

    /// <inheritdoc />
    public override IReadOnlyList<Fixes.FixProvider> FixProviders { get; } = new Fixes.FixProvider[] { new NonGoalsFixProvider() };
}
