using Tamer.Spec.Engine;

namespace Tamer.Spec.Rules.Format;

/// <summary>TMR0009: every <c>suppress</c> entry names a known ID and says why.</summary>
internal static class SuppressionCheck
{
    public static void Run(RuleContext context)
    {
        foreach (var entry in context.WorkItem.Suppressions)
        {
            switch (SuppressionPolicy.Check(entry, context.IsKnownDiagnosticId))
            {
                case SuppressionProblem.UnknownId:
                    context.Report(FormatDiagnostics.BadSuppression, entry.IdSpan, entry.DiagnosticId, "names an ID that no rule reports (or one that cannot be suppressed)");
                    break;
                case SuppressionProblem.MissingJustification:
                    context.Report(FormatDiagnostics.BadSuppression, entry.JustificationSpan, entry.DiagnosticId, "has no justification: say in a sentence why the diagnostic does not apply");
                    break;
                case SuppressionProblem.JustificationTooShort:
                    context.Report(FormatDiagnostics.BadSuppression, entry.JustificationSpan, entry.DiagnosticId, "needs a justification sentence, not the single word '" + entry.Justification + "'");
                    break;
            }
        }
    }
}
