using System;
using System.Collections.Generic;
using System.Linq;
using Tamer.Spec.Configuration;
using Tamer.Spec.Diagnostics;
using Tamer.Spec.Parsing;
using Tamer.Spec.Rules.Scope;

namespace Tamer.Spec.Host.Assignments;

/// <summary>A changed path outside the scope: the drift check's diagnostics for it, whether the Work Item forbids it, and a pending request that covers it.</summary>
internal sealed record OutsidePath(string Path, IReadOnlyList<Diagnostic> Diagnostics, bool Forbidden, ScopeRequest? Pending);

/// <summary>
/// The drift check of an assignment: the Work Item file's scope, widened by the write grants a lead
/// approved for that assignment. The scope rule (<see cref="ScopeDrift"/>) judges each changed
/// path against the file as it is, so its diagnostics point into the file; a path it refuses that
/// an approved request covers counts as inside the widened scope, except a path the Work Item
/// forbids (TMR1102), which only a grant with <c>override_forbidden</c> lets through. The rule
/// never learns about requests, and the file is never changed.
/// </summary>
internal static class WidenedScope
{
    public static (IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<OutsidePath> Outside) Check(
        WorkItemDocument document, IEnumerable<string> changedFiles, TamerConfiguration configuration, IReadOnlyList<ScopeRequest> requests)
    {
        ArgumentNullException.ThrowIfNull(requests);
        var diagnostics = new List<Diagnostic>();
        var outside = new List<OutsidePath>();
        foreach (var path in changedFiles.Select(ScopeDrift.Normalize).Where(p => p.Length > 0).Distinct(StringComparer.Ordinal))
        {
            var found = ScopeDrift.Check(document, [path], configuration);
            if (found.Count == 0)
            {
                continue;
            }

            var forbidden = found.Any(d => d.Id == ScopeDiagnostics.ChangedForbidden.Id);
            var aboveRoot = path == ".." || path.StartsWith("../", StringComparison.Ordinal);
            if (!aboveRoot && requests.Any(r => r.Grants(path, forbidden)))
            {
                continue;
            }

            diagnostics.AddRange(found);
            outside.Add(new OutsidePath(path, found, forbidden, requests.FirstOrDefault(r => r.State == ScopeRequestState.Pending && r.Covers(path))));
        }

        return (diagnostics, outside);
    }
}
