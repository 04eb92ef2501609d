using System.Collections.Generic;

namespace Tamer.Spec.Rules.Dependencies;

/// <summary>
/// The dependencies axis (the first gate did not read depends_on): 2.0.0, and 2.1.0, which reports
/// a Work Item's undeclared overlaps as one TMR4004 and is the default.
/// </summary>
public sealed class DependenciesRulePack : RulePack
{
    /// <inheritdoc />
    public override string Axis => "dependencies";

    /// <inheritdoc />
    public override string Description => "What must be done before the work starts: known, finished, acyclic dependencies, and no undeclared overlap with work in progress.";

    /// <inheritdoc />
    public override IReadOnlyList<Rule> Versions { get; } = new Rule[] { new DependenciesRuleV2(), new DependenciesRuleV21() };

    /// <inheritdoc />
    public override IReadOnlyList<Fixes.FixProvider> FixProviders { get; } = new Fixes.FixProvider[] { new DependenciesFixProvider() };
}
