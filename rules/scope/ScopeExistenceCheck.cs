using System.Linq;
using Tamer.Spec.Model;

namespace Tamer.Spec.Rules.Scope;

/// <summary>
/// TMR1009 (opt-in): read_only and forbidden paths exist in the repository, and every write path's
/// folder exists (new files are fine). Only hosts that see the repository answer; the check is
/// skipped when the diagnostic is off.
/// </summary>
internal static class ScopeExistenceCheck
{
    public static void Run(RuleContext context)
    {
        if (context.Repository is not { } repository || !context.IsEnabled(ScopeDiagnostics.PathNotInRepository))
        {
            return;
        }

        foreach (var path in context.WorkItem.Scope.AllPaths.Where(p => p.Pattern.IsValid))
        {
            var literal = string.Join("/", path.Pattern.Segments.Take(path.Pattern.LiteralSegmentCount));
            if (path.Access == ScopeAccess.Write)
            {
                var folder = path.Pattern.IsGlob || path.Pattern.IsFolder ? literal : string.Join("/", path.Pattern.Segments.Take(path.Pattern.Segments.Count - 1));
                if (folder.Length > 0 && !repository.DirectoryExists(folder))
                {
                    context.Report(ScopeDiagnostics.PathNotInRepository, path.Span, "write path '" + path.Text + "': its folder '" + folder + "/' does not exist in the repository");
                }
            }
            else if (literal.Length > 0 && !repository.FileExists(literal) && !repository.DirectoryExists(literal))
            {
                var list = path.Access == ScopeAccess.ReadOnly ? "read_only" : "forbidden";
                context.Report(ScopeDiagnostics.PathNotInRepository, path.Span, list + " path '" + path.Text + "' does not exist in the repository");
            }
        }
    }
}
