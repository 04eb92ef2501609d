using System.Collections.Generic;
using Tamer.Spec.Diagnostics;
using Tamer.Spec.Engine;
using Tamer.Spec.Text;

namespace Tamer.Spec.Fuzz;

/// <summary>What every reported diagnostic promises, whatever the input: no rule failed, and each points inside its file.</summary>
internal static class DiagnosticChecks
{
    public static void NoRuleFailed(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.Id == EngineDiagnostics.RuleFailure.Id)
            {
                throw new FuzzFailure("a rule threw: " + diagnostic.Message);
            }
        }
    }

    public static void LocatedIn(IEnumerable<Diagnostic> diagnostics, string path, SourceText text)
    {
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.Location is not { } location)
            {
                throw new FuzzFailure(diagnostic.Id + " has no location: " + diagnostic.Message);
            }

            if (location.Path != path)
            {
                throw new FuzzFailure(diagnostic.Id + " points into " + location.Path + " instead of " + path);
            }

            var span = location.Span;
            if (span.Start < 0 || span.End > text.Length || span.Length < 0)
            {
                throw new FuzzFailure(diagnostic.Id + " has the span " + span + " outside a text of " + text.Length + " characters");
            }

            if (location.Start != text.GetPosition(span.Start) || location.End != text.GetPosition(span.End) || location.Start.Line < 1 || location.Start.Column < 1)
            {
                throw new FuzzFailure(diagnostic.Id + " has positions " + location.Start + "-" + location.End + " that do not match its span " + span);
            }
        }
    }
}
