using System;
using System.Collections.Generic;
using System.Linq;
using Tamer.Spec.Diagnostics;
using Tamer.Spec.Parsing;
using Tamer.Spec.Workspace;

namespace Tamer.Spec.Engine;

/// <summary>
/// Where the diagnostics of a Work Item joined with other files go (a Spec Kit feature's write
/// scope comes from its tasks.md): a diagnostic located in such a file belongs to that file's
/// result when the file is reported in the same lint, and stays with the Work Item's result
/// otherwise (its location still names the file, line and column). A Work Item that is not
/// reported itself is analysed only for the reported files its diagnostics land in.
/// </summary>
internal static class JoinedFileDiagnostics
{
    /// <summary>The Work Items not in <paramref name="reported"/> whose joined files are.</summary>
    public static IEnumerable<WorkItemDocument> Owners(WorkItemWorkspace workspace, IReadOnlyList<WorkItemDocument> reported)
    {
        if (!workspace.Documents.Any(d => d.Joined.Count > 0))
        {
            return Array.Empty<WorkItemDocument>();
        }

        var paths = new HashSet<string>(reported.Select(d => d.Path), StringComparer.Ordinal);
        var linted = new HashSet<WorkItemDocument>(reported);
        return workspace.Documents.Where(d => d.Joined.Count > 0 && !linted.Contains(d) && d.Joined.Any(f => paths.Contains(f.Path))).ToList();
    }

    /// <summary>
    /// The results of the first <paramref name="reportedCount"/> documents (the reported ones), each
    /// with the diagnostics located in its file; the other results only give theirs away.
    /// </summary>
    public static IReadOnlyList<FileLintResult> Place(IReadOnlyList<FileLintResult> results, int reportedCount)
    {
        if (results.Count == reportedCount && results.All(r => r.Diagnostics.All(d => Within(d, r.Path)) && r.SuppressedDiagnostics.All(d => Within(d, r.Path))))
        {
            return results;
        }

        var byPath = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < reportedCount; i++)
        {
            byPath[results[i].Path] = byPath.TryGetValue(results[i].Path, out var first) ? first : i;
        }

        var visible = results.Select(_ => new List<Diagnostic>()).ToList();
        var suppressed = results.Select(_ => new List<Diagnostic>()).ToList();
        for (var i = 0; i < results.Count; i++)
        {
            Give(results[i].Diagnostics, i, results[i].Path, visible, i < reportedCount, byPath);
            Give(results[i].SuppressedDiagnostics, i, results[i].Path, suppressed, i < reportedCount, byPath);
        }

        var placed = new List<FileLintResult>(reportedCount);
        for (var i = 0; i < reportedCount; i++)
        {
            var result = results[i];
            placed.Add(visible[i].Count == result.Diagnostics.Count && suppressed[i].Count == result.SuppressedDiagnostics.Count && visible[i].SequenceEqual(result.Diagnostics)
                ? result
                : new FileLintResult(result.Document, Order(visible[i], result.Path).ToList(), Order(suppressed[i], result.Path).ToList(), result.BaselinedDiagnostics));
        }

        return placed;
    }

    /// <summary>
    /// Diagnostics in order: those of the file at <paramref name="path"/> first, then those of each
    /// joined file by its path; in each file by position, then ID, then message.
    /// </summary>
    public static IEnumerable<Diagnostic> Order(IEnumerable<Diagnostic> diagnostics, string path) =>
        // Most files have no diagnostic or one: nothing to sort.
        diagnostics is IReadOnlyCollection<Diagnostic> { Count: <= 1 } few ? few : diagnostics
            .OrderBy(d => Within(d, path) ? 0 : 1)
            .ThenBy(d => d.Location!.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Location!.Span.Start)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal);

    private static void Give(IReadOnlyList<Diagnostic> diagnostics, int from, string ownPath, List<List<Diagnostic>> into, bool reported, Dictionary<string, int> byPath)
    {
        foreach (var diagnostic in diagnostics)
        {
            if (reported && Within(diagnostic, ownPath))
            {
                into[from].Add(diagnostic);
            }
            else if (diagnostic.Location is { } location && byPath.TryGetValue(location.Path, out var target))
            {
                into[target].Add(diagnostic);
            }
            else if (reported)
            {
                into[from].Add(diagnostic);
            }
        }
    }

    private static bool Within(Diagnostic diagnostic, string path) =>
        diagnostic.Location is null || string.Equals(diagnostic.Location.Path, path, StringComparison.Ordinal);
}
