using System.Globalization;
using Tamer.Spec.Model;

namespace Tamer.Spec.Rules.Traceability;

/// <summary>
/// A criterion with <c>manual: true</c> is checked by a person instead of a test, and must say how
/// in its <c>verify</c> text: without one it is TMR6007, at the <c>manual</c> key.
/// </summary>
internal static class ManualCheck
{
    public static void Run(RuleContext context)
    {
        foreach (var criterion in context.WorkItem.AcceptanceCriteria.Items)
        {
            if (criterion.IsManual && string.IsNullOrWhiteSpace(criterion.Verify?.Value))
            {
                context.Report(TraceabilityDiagnostics.UnexplainedManualCriterion, criterion.Manual!.KeySpan, NameOf(criterion));
            }
        }
    }

    /// <summary>The criterion's id, or "criterion N" when it has none.</summary>
    public static string NameOf(AcceptanceCriterion criterion) =>
        criterion.Id ?? "criterion " + (criterion.Index + 1).ToString(CultureInfo.InvariantCulture);

    /// <summary>How a person checks the criterion, from its <c>verify</c> text.</summary>
    public static string HowChecked(AcceptanceCriterion criterion) =>
        string.IsNullOrWhiteSpace(criterion.Verify?.Value) ? "it does not say how (TMR6007)" : "'" + criterion.Verify!.Value.Trim() + "'";
}
