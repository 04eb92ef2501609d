using System.Collections.Generic;
using Tamer.Spec.Rules.Acceptance;
using Tamer.Spec.Rules.Dependencies;
using Tamer.Spec.Rules.Invariants;
using Tamer.Spec.Rules.NonGoals;
using Tamer.Spec.Rules.Scope;

namespace Tamer.Spec.Rules;

/// <summary>The five axes every host runs: scope, acceptance criteria, invariants, dependencies, non-goals.</summary>
public static class BuiltInRulePacks
{
    /// <summary>One instance of each built-in pack, in axis order. The engine adds the format rule itself.</summary>
    public static IReadOnlyList<RulePack> All { get; } = new RulePack[]
    {
        new ScopeRulePack(),
        new AcceptanceRulePack(),
        new InvariantsRulePack(),
        new DependenciesRulePack(),
        new NonGoalsRulePack(),
    };
}
