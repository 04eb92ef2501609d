using Tamer.Spec.Model;

namespace Tamer.Spec.Rules.Scope;

/// <summary>
/// TMR1006: a write path that a forbidden path covers (the same path, or inside a forbidden
/// folder or glob), or the very same path in write and read_only. A write file inside a read_only
/// folder is the normal case and is fine.
/// </summary>
internal static class ScopeConflictCheck
{
    public static void Run(RuleContext context)
    {
        var scope = context.WorkItem.Scope;
        if (scope.Write is null)
        {
            return;
        }

        foreach (var write in scope.Write.Entries)
        {
            if (!write.Pattern.IsValid)
            {
                continue;
            }

            var reported = false;
            foreach (var forbidden in scope.Forbidden?.Entries ?? System.Array.Empty<PathEntry>())
            {
                if (!reported && forbidden.Pattern.IsValid && forbidden.Pattern.Covers(write.Pattern))
                {
                    context.Report(ScopeDiagnostics.ConflictingPath, write.Span, write.Text, "forbidden", forbidden.Text);
                    reported = true;
                }
            }

            foreach (var readOnly in scope.ReadOnly?.Entries ?? System.Array.Empty<PathEntry>())
            {
                if (!reported && readOnly.Pattern.IsValid && readOnly.Pattern.Equals(write.Pattern))
                {
                    context.Report(ScopeDiagnostics.ConflictingPath, write.Span, write.Text, "read_only", readOnly.Text);
                    reported = true;
                }
            }
        }
    }
}
