using Tamer.Spec.Paths;

namespace Tamer.Spec.Rules.Scope;

/// <summary>TMR1008 (every path), TMR1004 and TMR1010 (write paths): usable and bounded paths.</summary>
internal static class ScopePathCheck
{
    public static void Run(RuleContext context)
    {
        var scope = context.WorkItem.Scope;
        foreach (var path in scope.AllPaths)
        {
            if (!path.Pattern.IsValid)
            {
                context.Report(ScopeDiagnostics.InvalidPath, path.Span, path.Text, Reason(path.Pattern.Error));
            }
        }

        foreach (var path in scope.WritablePaths)
        {
            if (!path.Pattern.IsValid)
            {
                continue;
            }

            // A host that has the repository knows when a path without an extension is a file.
            if (!path.Pattern.IsGlob && path.Pattern.MayNameFolder && !path.Pattern.IsFolder && context.Repository?.FileExists(path.Pattern.Normalized) == true)
            {
                continue;
            }

            switch (ScopeBreadthClassifier.Classify(path.Pattern))
            {
                case ScopeBreadth.WholeRepository:
                    context.Report(ScopeDiagnostics.WholeTreeWrite, path.Span, path.Text, "the whole repository");
                    break;
                case ScopeBreadth.TopLevelFolder:
                    var top = path.Pattern.Segments[0];
                    context.Report(ScopeDiagnostics.WholeTreeWrite, path.Span, path.Text, (top.IndexOf('*') >= 0 || top.IndexOf('?') >= 0) ? "every top-level folder that matches '" + top + "/'" : "the whole top-level folder '" + top + "/'");
                    break;
                case ScopeBreadth.Folder:
                    context.Report(ScopeDiagnostics.BroadWriteEntry, path.Span, path.Text, "in '" + path.Pattern.Normalized + "/'");
                    break;
                case ScopeBreadth.Glob:
                    context.Report(ScopeDiagnostics.BroadWriteEntry, path.Span, path.Text, "the glob matches");
                    break;
            }
        }
    }

    private static string Reason(PathPatternError error) => error switch
    {
        PathPatternError.Absolute => "absolute paths are not allowed; write it relative to the repository root",
        PathPatternError.ParentSegment => "'..' segments are not allowed; a scope stays inside the repository",
        PathPatternError.Backslash => "use '/' to separate segments, not '\\'",
        PathPatternError.InvalidGlob => "'**' must be a whole segment and segments may not be empty",
        _ => "the path is empty",
    };
}
