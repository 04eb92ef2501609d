using System;
using System.Collections.Generic;
using System.Linq;
using NuGet.Versioning;
using Tamer.Spec.Configuration;
using Tamer.Spec.Diagnostics;
using Tamer.Spec.Engine;
using Tamer.Spec.Model;
using Tamer.Spec.Parsing;
using Tamer.Spec.Text;

namespace Tamer.Spec.Rules.Scope;

/// <summary>
/// Checks a change against the Work Item it claims to implement: every changed path must be in
/// the write scope. A forbidden path gives TMR1102, a read-only one TMR1103, any other path outside
/// write TMR1101. Diagnostics point at the scope entry (or key) that decides, in the Work Item's
/// file; their message names the changed path. Forbidden wins over write, write over read_only.
/// Severities come from the configuration; a drift ID the Work Item suppresses with a justification
/// (its <c>suppress</c> entries) is not returned.
/// </summary>
public static class ScopeDrift
{
    private static readonly RuleReference Rule = new("scope", new NuGetVersion(2, 0, 0));

    /// <summary>The drift diagnostics of <paramref name="changedPaths"/> (repository-relative) for the Work Item in <paramref name="document"/>.</summary>
    public static IReadOnlyList<Diagnostic> Check(WorkItemDocument document, IEnumerable<string> changedPaths, TamerConfiguration? configuration = null)
    {
        if (document is null)
        {
            throw new ArgumentNullException(nameof(document));
        }

        if (changedPaths is null)
        {
            throw new ArgumentNullException(nameof(changedPaths));
        }

        configuration ??= TamerConfiguration.Default;
        var workItem = document.WorkItem;
        var suppressed = new HashSet<string>(
            (workItem?.Suppressions ?? Array.Empty<SuppressionEntry>())
                .Where(e => SuppressionPolicy.Check(e, IsDriftId) == SuppressionProblem.None)
                .Select(e => e.DiagnosticId),
            StringComparer.Ordinal);
        var name = workItem?.Id?.Value ?? document.Path;
        var diagnostics = new List<Diagnostic>();
        foreach (var path in changedPaths.Select(Normalize).Where(p => p.Length > 0).Distinct(StringComparer.Ordinal))
        {
            var scope = workItem?.Scope ?? ScopeDeclaration.Missing;
            var aboveRoot = path == ".." || path.StartsWith("../", StringComparison.Ordinal);
            if (aboveRoot)
            {
                // Outside the repository: no scope can grant it.
                Add(diagnostics, suppressed, document, ScopeDiagnostics.ChangedOutsideWrite, OutsideWriteSpan(scope, workItem), configuration, path, name);
            }
            else if (scope.Forbidden?.Entries.FirstOrDefault(e => e.Pattern.IsValid && e.Pattern.Matches(path)) is { } forbidden)
            {
                Add(diagnostics, suppressed, document, ScopeDiagnostics.ChangedForbidden, forbidden.Span, configuration, path, name, forbidden.Text);
            }
            else if (scope.WritablePaths.Any(e => e.Pattern.IsValid && e.Pattern.Matches(path)))
            {
                continue;
            }
            else if (scope.ReadOnly?.Entries.FirstOrDefault(e => e.Pattern.IsValid && e.Pattern.Matches(path)) is { } readOnly)
            {
                Add(diagnostics, suppressed, document, ScopeDiagnostics.ChangedReadOnly, readOnly.Span, configuration, path, name, readOnly.Text);
            }
            else
            {
                Add(diagnostics, suppressed, document, ScopeDiagnostics.ChangedOutsideWrite, OutsideWriteSpan(scope, workItem), configuration, path, name);
            }
        }

        return diagnostics;
    }

    /// <summary>
    /// A changed path as the scope compares it: '/' separators, no '.' or empty segments, and each
    /// '..' taken back with the segment before it (<c>src/a/../b.ts</c> is <c>src/b.ts</c>). A path
    /// that climbs above the repository root keeps its leading '..' segments, so that no write
    /// scope matches it.
    /// </summary>
    public static string Normalize(string path)
    {
        var segments = new List<string>();
        foreach (var segment in (path ?? string.Empty).Trim().Replace('\\', '/').Split('/'))
        {
            if (segment.Length == 0 || segment == ".")
            {
                continue;
            }

            if (segment == ".." && segments.Count > 0 && segments[segments.Count - 1] != "..")
            {
                segments.RemoveAt(segments.Count - 1);
                continue;
            }

            segments.Add(segment);
        }

        return string.Join("/", segments);
    }

    private static TextSpan OutsideWriteSpan(ScopeDeclaration scope, WorkItem? workItem) =>
        scope.Write?.KeySpan ?? (scope.Shape == ScopeShape.Missing ? workItem?.OpeningLineSpan ?? default : scope.KeySpan);

    private static bool IsDriftId(string id) =>
        id == ScopeDiagnostics.ChangedOutsideWrite.Id || id == ScopeDiagnostics.ChangedForbidden.Id || id == ScopeDiagnostics.ChangedReadOnly.Id;

    private static void Add(List<Diagnostic> diagnostics, HashSet<string> suppressed, WorkItemDocument document, DiagnosticDescriptor descriptor, TextSpan span, TamerConfiguration configuration, params object[] arguments)
    {
        var severity = configuration.FindSeverity(descriptor.Id)?.Severity ?? descriptor.DefaultSeverity;
        if (severity != DiagnosticSeverity.None && !suppressed.Contains(descriptor.Id))
        {
            diagnostics.Add(new Diagnostic(descriptor, severity, descriptor.FormatMessage(arguments), document.GetLocation(span), Rule));
        }
    }
}
