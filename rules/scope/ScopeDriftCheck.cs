using System.Collections.Generic;
using System.Linq;
using Tamer.Spec.Engine;
using Tamer.Spec.Model;
using Tamer.Spec.Text;

namespace Tamer.Spec.Rules.Scope;

/// <summary>
/// Judges a change against the Work Item it implements: every changed path must be in the write
/// scope. A forbidden path gives TMR1102, a read-only one TMR1103, any other path outside write
/// TMR1101. Each points at the scope entry (or key) that decides, in the Work Item's file, names
/// the changed path, and carries it as the <see cref="ScopeDiagnostics.ChangedPathProperty"/> property. Forbidden
/// wins over write, write over read_only. Severities and suppressions are the engine's.
/// </summary>
internal static class ScopeDriftCheck
{
    public static void Run(RuleContext context)
    {
        var workItem = context.WorkItem;
        var scope = workItem.Scope;
        var name = workItem.Id?.Value ?? context.Document.Path;
        foreach (var path in context.Change!.ChangedPaths)
        {
            var properties = new Dictionary<string, string> { [ScopeDiagnostics.ChangedPathProperty] = path };
            if (WorkItemChange.IsAboveRoot(path))
            {
                // Outside the repository: no scope can grant it.
                context.Report(ScopeDiagnostics.ChangedOutsideWrite, OutsideWriteSpan(scope, workItem), properties, path, name);
            }
            else if (scope.Forbidden?.Entries.FirstOrDefault(e => e.Pattern.IsValid && e.Pattern.Matches(path)) is { } forbidden)
            {
                context.Report(ScopeDiagnostics.ChangedForbidden, forbidden.Span, properties, path, name, forbidden.Text);
            }
            else if (scope.WritablePaths.Any(e => e.Pattern.IsValid && e.Pattern.Matches(path)))
            {
                continue;
            }
            else if (scope.ReadOnly?.Entries.FirstOrDefault(e => e.Pattern.IsValid && e.Pattern.Matches(path)) is { } readOnly)
            {
                context.Report(ScopeDiagnostics.ChangedReadOnly, readOnly.Span, properties, path, name, readOnly.Text);
            }
            else
            {
                context.Report(ScopeDiagnostics.ChangedOutsideWrite, OutsideWriteSpan(scope, workItem), properties, path, name);
            }
        }
    }

    private static TextSpan OutsideWriteSpan(ScopeDeclaration scope, WorkItem workItem) =>
        scope.Write?.KeySpan ?? (scope.Shape == ScopeShape.Missing ? workItem.OpeningLineSpan : scope.KeySpan);
}
