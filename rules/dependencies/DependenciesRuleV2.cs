using NuGet.Versioning;

namespace Tamer.Spec.Rules.Dependencies;

/// <summary>
/// Dependencies 2.0.0, read top to bottom: each entry of depends_on names a known Work Item
/// (TMR4001), only once and not this one (TMR4005), that is done before this one starts
/// (TMR4002); the dependencies form no cycle (TMR4003); and this Work Item does not silently
/// overlap work in progress (TMR4004). Whole-workspace facts (the dependency graph, its cycles,
/// the nearest known ids) are computed once per workspace.
/// </summary>
public sealed class DependenciesRuleV2 : Rule
{
    /// <summary>Creates the rule.</summary>
    public DependenciesRuleV2()
        : base(
            new NuGetVersion(2, 0, 0),
            new[]
            {
                DependenciesDiagnostics.UnknownDependency, DependenciesDiagnostics.DependencyNotDone, DependenciesDiagnostics.DependencyCycle,
                DependenciesDiagnostics.UndeclaredOverlap, DependenciesDiagnostics.RedundantDependency,
            })
    {
    }

    /// <inheritdoc />
    public override void Analyze(RuleContext context)
    {
        DependsOnCheck.Run(context);
        CycleCheck.Run(context);
        OverlapCheck.Run(context);
    }
}
