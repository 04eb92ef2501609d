using System;
using System.Collections.Generic;
using System.Linq;
using Tamer.Spec.Configuration;
using Tamer.Spec.Diagnostics;
using Tamer.Spec.Engine;
using Tamer.Spec.Parsing;
using Tamer.Spec.Rules.Scope;
using Tamer.Spec.Workspace;

namespace Tamer.Spec.Host.Assignments;

/// <summary>A changed path outside the scope: the drift check's diagnostics for it, whether the Work Item forbids it, and a pending request that covers it.</summary>
internal sealed record OutsidePath(string Path, IReadOnlyList<Diagnostic> Diagnostics, bool Forbidden, ScopeRequest? Pending);

/// <summary>
/// The drift check of an assignment: the Work Item file's scope, widened by the write grants a lead
/// approved for that assignment. The engine lints the Work Item with the change (the configured
/// scope version, severities and the file's suppressions, as in every host), so its diagnostics
/// point into the file; a path it refuses that an approved request covers counts as inside the
/// widened scope, except a path the Work Item forbids (TMR1102), which only a grant with
/// <c>override_forbidden</c> lets through. The rule never learns about requests, and the file is
/// never changed. With test runs (<see cref="SubmittedEvidence"/>), the same engine call judges
/// them against the Work Item's criteria: their findings name no path and always count.
/// </summary>
internal static class WidenedScope
{
    public static (IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<OutsidePath> Outside) Check(
        LintEngine engine, WorkItemDocument document, IEnumerable<string> changedFiles, TamerConfiguration configuration, IReadOnlyList<ScopeRequest> requests, SubmittedEvidence? evidence = null)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(requests);
        var change = new WorkItemChange(changedFiles)
        {
            Claims = evidence?.Claims ?? [],
            TestRuns = evidence?.Runs ?? [],
        };
        var found = engine.Lint(new WorkItemWorkspace([document]), new LintOptions { Configuration = configuration, Change = change, ChangeOnly = true })
            .Files.Single().Diagnostics
            .ToLookup(d => d.Properties.TryGetValue(ScopeDiagnostics.ChangedPathProperty, out var path) ? path : string.Empty, StringComparer.Ordinal);
        var diagnostics = new List<Diagnostic>();
        var outside = new List<OutsidePath>();
        foreach (var path in change.ChangedPaths)
        {
            var ofPath = found[path].ToList();
            if (ofPath.Count == 0)
            {
                continue;
            }

            var forbidden = ofPath.Any(d => d.Id == ScopeDiagnostics.ChangedForbidden.Id);
            if (!WorkItemChange.IsAboveRoot(path) && requests.Any(r => r.Grants(path, forbidden)))
            {
                continue;
            }

            diagnostics.AddRange(ofPath);
            outside.Add(new OutsidePath(path, ofPath, forbidden, requests.FirstOrDefault(r => r.State == ScopeRequestState.Pending && r.Covers(path))));
        }

        // A finding about the change that names no path (a rule of another pack) still counts.
        diagnostics.AddRange(found[string.Empty]);
        return (diagnostics, outside);
    }
}
