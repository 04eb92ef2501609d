using System;
using System.Linq;

namespace Tamer.Spec.Rules.Dependencies;

/// <summary>TMR4003: the Work Item is on a dependency cycle; the message gives the cycle in order, starting here.</summary>
internal static class CycleCheck
{
    private const int LongestShown = 40;

    public static void Run(RuleContext context)
    {
        var workItem = context.WorkItem;
        if (workItem.Id is not { } id || workItem.DependsOn.Count == 0 || !context.IsAnalyzedDocument(context.Workspace.FindById(id.Value)[0]))
        {
            return;
        }

        var cycle = context.Workspace.GetOrAddAnalysis(DependencyGraph.AnalysisKey, DependencyGraph.Build).CycleThrough(id.Value);
        if (cycle is null)
        {
            return;
        }

        var entry = workItem.DependsOn.Items.First(d => string.Equals(d.Value, cycle[1], StringComparison.Ordinal));
        var shown = cycle.Count <= LongestShown
            ? string.Join(" → ", cycle)
            : string.Join(" → ", cycle.Take(LongestShown / 2)) + " → … (" + (cycle.Count - LongestShown) + " more) → " + string.Join(" → ", cycle.Skip(cycle.Count - (LongestShown / 2)));
        context.Report(DependenciesDiagnostics.DependencyCycle, entry.Span, shown);
    }
}
