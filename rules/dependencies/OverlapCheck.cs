using System.Collections.Generic;
using System.Linq;
using Tamer.Spec.Model;

namespace Tamer.Spec.Rules.Dependencies;

/// <summary>
/// TMR4004 as dependencies 2.0.0 reports it: one diagnostic per overlapped Work Item, at its first
/// evidence (see <see cref="OverlapFinder"/>), with a suggestion to add that Work Item to depends_on.
/// </summary>
internal static class OverlapCheck
{
    public static void Run(RuleContext context)
    {
        if (!context.IsEnabled(DependenciesDiagnostics.UndeclaredOverlap))
        {
            return;
        }

        foreach (var overlap in OverlapFinder.Find(context).OrderBy(o => o.Evidence.Start))
        {
            var properties = new Dictionary<string, string> { [DependenciesFixProvider.DependencyProperty] = overlap.OtherId };
            context.Report(DependenciesDiagnostics.UndeclaredOverlap, overlap.Evidence, properties, overlap.OtherId, WorkItemFormat.ToValue(overlap.OtherStatus), overlap.SharedPath, overlap.How);
        }
    }
}
