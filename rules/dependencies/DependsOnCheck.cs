using System;
using System.Collections.Generic;
using Tamer.Spec.Diagnostics;
using Tamer.Spec.Model;

namespace Tamer.Spec.Rules.Dependencies;

/// <summary>TMR4001, TMR4005, TMR4002: each entry of depends_on, in order.</summary>
internal static class DependsOnCheck
{
    public static void Run(RuleContext context)
    {
        var workItem = context.WorkItem;
        var ownId = workItem.Id?.Value;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var dependency in workItem.DependsOn.Items)
        {
            var id = dependency.Value;
            if (string.Equals(id, ownId, StringComparison.Ordinal))
            {
                context.Report(DependenciesDiagnostics.RedundantDependency, dependency.Span, "the Work Item depends on itself ('" + id + "'); remove the entry");
                continue;
            }

            if (!seen.Add(id))
            {
                context.Report(DependenciesDiagnostics.RedundantDependency, dependency.Span, "'" + id + "' is listed twice in depends_on; remove the repeat");
                continue;
            }

            var target = context.Workspace.FindById(id);
            if (target.Count == 0)
            {
                var nearest = context.Workspace.GetOrAddAnalysis(KnownIds.AnalysisKey, KnownIds.Build).Nearest(id, ownId);
                var properties = nearest is { } known
                    ? new Dictionary<string, string> { [DependenciesFixProvider.ReplacementProperty] = known.Id }
                    : new Dictionary<string, string>();
                context.Report(DependenciesDiagnostics.UnknownDependency, dependency.Span, properties, id, Suggestion(nearest));
                continue;
            }

            var status = target[0].WorkItem?.Status ?? WorkItemStatus.Unknown;
            if (status == WorkItemStatus.Done || status == WorkItemStatus.Unknown)
            {
                continue;
            }

            switch (workItem.Status)
            {
                case WorkItemStatus.Ready:
                case WorkItemStatus.InProgress:
                case WorkItemStatus.Review:
                    context.Report(DependenciesDiagnostics.DependencyNotDone, dependency.Span, id, WorkItemFormat.ToValue(status), "the worker must not start before it is done");
                    break;
                case WorkItemStatus.Draft:
                    context.Report(DependenciesDiagnostics.DependencyNotDone, DiagnosticSeverity.Info, dependency.Span, id, WorkItemFormat.ToValue(status), "this draft cannot become ready before it is done");
                    break;
            }
        }
    }

    private static string Suggestion((string Id, int Distance)? nearest)
    {
        if (nearest is not { } found)
        {
            return string.Empty;
        }

        return found.Distance <= Spelling.DidYouMean.MaxDistance
            ? " (did you mean '" + found.Id + "'?)"
            : " (the closest known id is '" + found.Id + "')";
    }
}
