using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Tamer.Spec.Model;
using Tamer.Spec.Parsing;
using Tamer.Spec.Text;
using Tamer.Spec.Workspace;

namespace Tamer.Spec.Rules.Dependencies;

/// <summary>
/// TMR4004: a Work Item that is ready or active overlaps another that is in progress or in review,
/// yet does not depend on it (directly or through its dependencies): its write scope overlaps the
/// other's write scope, or one of its read_only files (a folder alone does not count) or a file
/// its text names is in the other's write scope. All lookups go through a scope index of the
/// Work Items in progress or in review, built once per workspace: in a long-lived repository
/// they are a few percent of all items. One diagnostic per other Work Item, at the first evidence.
/// </summary>
internal static class OverlapCheck
{
    private static readonly Regex FilePath = new(@"(?<![\w./:-])(?:[\w.-]+/)+[\w-][\w.-]*\.[A-Za-z0-9]+(?![\w/])", RegexOptions.CultureInvariant);

    private const string ActiveIndexKey = "tamer.dependencies.active-scope-index";

    public static void Run(RuleContext context)
    {
        var workItem = context.WorkItem;
        if (workItem.Status is not (WorkItemStatus.Ready or WorkItemStatus.InProgress or WorkItemStatus.Review))
        {
            return;
        }

        var found = new Dictionary<WorkItemDocument, (TextSpan Span, string Path, string How)>();
        var index = context.Workspace.GetOrAddAnalysis(ActiveIndexKey, BuildActiveIndex);
        foreach (var write in workItem.Scope.WritablePaths.Where(p => p.Pattern.IsValid))
        {
            Collect(context, found, index.FindOverlapping(write.Pattern, ScopeAccess.Write), write.Span, "also writes");
        }

        foreach (var read in (workItem.Scope.ReadOnly?.Entries ?? Array.Empty<PathEntry>()).Where(p => p.Pattern.IsValid && !p.Pattern.MayNameFolder && !p.Pattern.IsGlob))
        {
            Collect(context, found, index.FindMatching(read.Pattern.Normalized, ScopeAccess.Write), read.Span, "reads");
        }

        foreach (var text in workItem.AcceptanceCriteria.Items.Select(c => c.Text).Append(workItem.Body))
        {
            foreach (Match match in FilePath.Matches(text.Value))
            {
                Collect(context, found, index.FindMatching(match.Value, ScopeAccess.Write), text.GetSourceSpan(match.Index, match.Length), "names");
            }
        }

        foreach (var pair in found.OrderBy(p => p.Value.Span.Start))
        {
            var other = pair.Key.WorkItem!;
            var properties = new Dictionary<string, string> { [DependenciesFixProvider.DependencyProperty] = other.Id!.Value };
            context.Report(DependenciesDiagnostics.UndeclaredOverlap, pair.Value.Span, properties, other.Id.Value, WorkItemFormat.ToValue(other.Status), pair.Value.Path, pair.Value.How);
        }
    }

    private static void Collect(RuleContext context, Dictionary<WorkItemDocument, (TextSpan, string, string)> found, IEnumerable<ScopeIndexEntry> entries, TextSpan evidence, string how)
    {
        foreach (var entry in entries)
        {
            var other = entry.Document;
            if (ReferenceEquals(other, context.Document)
                || found.ContainsKey(other)
                || other.WorkItem is not { Id: { } otherId, Status: WorkItemStatus.InProgress or WorkItemStatus.Review } otherItem
                || !ReferenceEquals(context.Workspace.FindById(otherId.Value)[0], other)
                || DependsOn(context.Workspace, context.Document, otherId.Value)
                || otherItem.DependsOn.Items.Any(d => string.Equals(d.Value, context.WorkItem.Id?.Value, StringComparison.Ordinal)))
            {
                continue;
            }

            found.Add(other, (evidence, entry.Path.Text, how));
        }
    }

    private static ScopePathIndex BuildActiveIndex(WorkItemWorkspace workspace) =>
        new(workspace.Documents.Where(d => d.WorkItem?.Status is WorkItemStatus.InProgress or WorkItemStatus.Review));

    // True when 'document' depends on 'id', directly or through its dependencies.
    private static bool DependsOn(WorkItemWorkspace workspace, WorkItemDocument document, string id)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<WorkItemDocument>();
        pending.Push(document);
        while (pending.Count > 0)
        {
            foreach (var dependency in pending.Pop().WorkItem?.DependsOn.Items ?? Array.Empty<SourcedText>())
            {
                if (string.Equals(dependency.Value, id, StringComparison.Ordinal))
                {
                    return true;
                }

                var next = workspace.FindById(dependency.Value);
                if (seen.Add(dependency.Value) && next.Count > 0)
                {
                    pending.Push(next[0]);
                }
            }
        }

        return false;
    }
}
