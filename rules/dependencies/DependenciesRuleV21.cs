using NuGet.Versioning;

namespace Tamer.Spec.Rules.Dependencies;

/// <summary>
/// Dependencies 2.1.0: 2.0.0 with the undeclared overlaps of a Work Item in one TMR4004 instead
/// of one per overlapped Work Item, so that a file many active Work Items write gives each of
/// them one verdict rather than hundreds (see <see cref="MergedOverlapCheck"/>). The other checks
/// are those of 2.0.0, unchanged.
/// </summary>
public sealed class DependenciesRuleV21 : Rule
{
    /// <summary>Creates the rule.</summary>
    public DependenciesRuleV21()
        : base(
            new NuGetVersion(2, 1, 0),
            new[]
            {
                DependenciesDiagnostics.UnknownDependency, DependenciesDiagnostics.DependencyNotDone, DependenciesDiagnostics.DependencyCycle,
                DependenciesDiagnostics.MergedOverlap, DependenciesDiagnostics.RedundantDependency,
            })
    {
    }

    /// <inheritdoc />
    public override void Analyze(RuleContext context)
    {
        DependsOnCheck.Run(context);
        CycleCheck.Run(context);
        MergedOverlapCheck.Run(context);
    }
}
