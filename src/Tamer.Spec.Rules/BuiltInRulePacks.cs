using System.Collections.Generic;
using System.Linq;
using Tamer.Spec.Engine;
using Tamer.Spec.Plugins;
using Tamer.Spec.Rules.Acceptance;
using Tamer.Spec.Rules.Dependencies;
using Tamer.Spec.Rules.Format;
using Tamer.Spec.Rules.Invariants;
using Tamer.Spec.Rules.Memory;
using Tamer.Spec.Rules.NonGoals;
using Tamer.Spec.Rules.Scope;
using Tamer.Spec.Rules.Traceability;

namespace Tamer.Spec.Rules;

/// <summary>
/// The packs every host runs: the format rule (the file is a Work Item at all), the five axes
/// (scope, acceptance criteria, invariants, dependencies, non-goals), traceability, whose claims
/// only hosts that read test code can check, and memory (the invariants registry and the rejected-designs log).
/// </summary>
public static class BuiltInRulePacks
{
    /// <summary>One instance of each built-in pack, the format rule first, then in axis order.</summary>
    public static IReadOnlyList<RulePack> All { get; } = new RulePack[]
    {
        FormatRulePack.Instance,
        new ScopeRulePack(),
        new AcceptanceRulePack(),
        new InvariantsRulePack(),
        new DependenciesRulePack(),
        new NonGoalsRulePack(),
        new TraceabilityRulePack(),
        new MemoryRulePack(),
    };

    /// <summary>
    /// An engine over the built-in packs and, when given, the loaded plug-in packs, whose load
    /// problems (TMR9003) it reports with every run. Every host that loads plugins builds its engine here.
    /// </summary>
    public static LintEngine CreateEngine(RulePackLoadResult? plugins = null) =>
        plugins is null ? new LintEngine(All) : new LintEngine(All.Concat(plugins.Packs), plugins.Problems);
}
