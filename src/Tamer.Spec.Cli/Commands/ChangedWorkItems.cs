using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Tamer.Spec.Parsing;
using Tamer.Spec.Repository;

namespace Tamer.Spec.Cli.Commands;

/// <summary>
/// <c>lint --changed-since REV</c>: which Work Items to report. Those git says changed since the
/// revision (added, modified, the new side of a rename; against the working tree, untracked files
/// included), those that share an id with one of them, and those that depend on one of them
/// (<c>depends_on</c>), whose cross-item findings the change can alter. The whole workspace is
/// still read, so cross-item checks see every Work Item.
/// </summary>
internal static class ChangedWorkItems
{
    public static HashSet<WorkItemDocument> Select(LintRun run, string revision)
    {
        if (run.RepositoryRoot is null)
        {
            throw new UsageException("--changed-since needs a git repository, and none holds the linted files");
        }

        IReadOnlyList<string> paths;
        string topLevel;
        try
        {
            topLevel = GitChanges.TopLevel(run.RepositoryRoot);
            paths = GitChanges.Between(topLevel, revision, headRevision: null);
        }
        catch (GitException exception)
        {
            throw new UsageException("--changed-since: " + exception.Message);
        }

        var changedPaths = new HashSet<string>(paths.Select(p => Normalize(Path.Combine(topLevel, p))), StringComparer.Ordinal);
        var all = run.Linted.Concat(run.Context).ToList();
        var changed = all.Where(d => run.FullPaths.TryGetValue(d.Path, out var full) && changedPaths.Contains(Normalize(RealPaths.Of(full) ?? full))).ToList();
        var changedIds = new HashSet<string>(changed.Select(d => d.Id).OfType<string>(), StringComparer.Ordinal);
        var selected = new HashSet<WorkItemDocument>(changed, ReferenceEqualityComparer.Instance);
        foreach (var document in all)
        {
            if ((document.Id is { } id && changedIds.Contains(id))
                || (document.WorkItem?.DependsOn.Items.Any(d => changedIds.Contains(d.Value)) ?? false))
            {
                selected.Add(document);
            }
        }

        return selected;
    }

    private static string Normalize(string path) => Path.GetFullPath(path).Replace('\\', '/');
}
