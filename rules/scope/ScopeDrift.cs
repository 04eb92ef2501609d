using System;
using System.Collections.Generic;
using System.Linq;
using NuGet.Versioning;
using Tamer.Spec.Configuration;
using Tamer.Spec.Diagnostics;
using Tamer.Spec.Model;
using Tamer.Spec.Parsing;
using Tamer.Spec.Text;

namespace Tamer.Spec.Rules.Scope;

/// <summary>
/// Checks a change against the Work Item it claims to implement: every changed path must be in
/// the write scope. A forbidden path gives TMR1102, a read-only one TMR1103, any other path outside
/// write TMR1101. Diagnostics point at the scope entry (or key) that decides, in the Work Item's
/// file; their message names the changed path. Forbidden wins over write, write over read_only.
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
        var name = workItem?.Id?.Value ?? document.Path;
        var diagnostics = new List<Diagnostic>();
        foreach (var path in changedPaths.Select(Normalize).Where(p => p.Length > 0).Distinct(StringComparer.Ordinal))
        {
            var scope = workItem?.Scope ?? ScopeDeclaration.Missing;
            if (scope.Forbidden?.Entries.FirstOrDefault(e => e.Pattern.IsValid && e.Pattern.Matches(path)) is { } forbidden)
            {
                Add(diagnostics, document, ScopeDiagnostics.ChangedForbidden, forbidden.Span, configuration, path, name, forbidden.Text);
            }
            else if (scope.WritablePaths.Any(e => e.Pattern.IsValid && e.Pattern.Matches(path)))
            {
                continue;
            }
            else if (scope.ReadOnly?.Entries.FirstOrDefault(e => e.Pattern.IsValid && e.Pattern.Matches(path)) is { } readOnly)
            {
                Add(diagnostics, document, ScopeDiagnostics.ChangedReadOnly, readOnly.Span, configuration, path, name, readOnly.Text);
            }
            else
            {
                var span = scope.Write?.KeySpan ?? (scope.Shape == ScopeShape.Missing ? workItem?.OpeningLineSpan ?? default : scope.KeySpan);
                Add(diagnostics, document, ScopeDiagnostics.ChangedOutsideWrite, span, configuration, path, name);
            }
        }

        return diagnostics;
    }

    /// <summary>A changed path as the scope compares it: '/' separators, no leading './'.</summary>
    public static string Normalize(string path)
    {
        var normalized = (path ?? string.Empty).Trim().Replace('\\', '/');
        while (normalized.StartsWith("./", StringComparison.Ordinal))
        {
            normalized = normalized.Substring(2);
        }

        return normalized;
    }

    private static void Add(List<Diagnostic> diagnostics, WorkItemDocument document, DiagnosticDescriptor descriptor, TextSpan span, TamerConfiguration configuration, params object[] arguments)
    {
        var severity = configuration.FindSeverity(descriptor.Id)?.Severity ?? descriptor.DefaultSeverity;
        if (severity != DiagnosticSeverity.None)
        {
            diagnostics.Add(new Diagnostic(descriptor, severity, descriptor.FormatMessage(arguments), document.GetLocation(span), Rule));
        }
    }
}
