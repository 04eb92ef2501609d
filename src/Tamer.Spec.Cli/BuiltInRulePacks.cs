using System.Collections.Generic;
using Tamer.Spec.Rules;
using Tamer.Spec.Rules.Acceptance;
using Tamer.Spec.Rules.Dependencies;
using Tamer.Spec.Rules.Invariants;
using Tamer.Spec.Rules.NonGoals;
using Tamer.Spec.Rules.Scope;

namespace Tamer.Spec.Cli;

/// <summary>The rule packs the tool ships with, one per axis (the format rule is always added by the engine).</summary>
internal static class BuiltInRulePacks
{
    public static IReadOnlyList<RulePack> All { get; } =
    [
        new ScopeRulePack(),
        new AcceptanceRulePack(),
        new InvariantsRulePack(),
        new DependenciesRulePack(),
        new NonGoalsRulePack(),
    ];
}
