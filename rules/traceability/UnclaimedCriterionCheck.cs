using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Tamer.Spec.Model;
using Tamer.Spec.Parsing;

namespace Tamer.Spec.Rules.Traceability;

/// <summary>
/// When the change carries every claim there is, each criterion of a Work Item in <c>review</c>
/// or <c>done</c> has at least one claim (TMR6003, at the criterion's id or the criterion); from
/// version 1.1.0, a criterion that says <c>manual: true</c> is a person's to check and needs none.
/// </summary>
internal static class UnclaimedCriterionCheck
{
    public static void Run(RuleContext context, bool manualNeedsNoClaim)
    {
        var change = context.Change!;
        var workItem = context.WorkItem;
        if (!change.ClaimsAreComplete || workItem.Id is null || workItem.Status is not (WorkItemStatus.Review or WorkItemStatus.Done)
            || !context.IsEnabled(TraceabilityDiagnostics.UnclaimedCriterion))
        {
            return;
        }

        var claimed = new HashSet<string>(change.ClaimsOf(workItem.Id.Value).SelectMany(c => c.Criteria).Select(a => a.Value), StringComparer.Ordinal);
        foreach (var criterion in workItem.AcceptanceCriteria.Items.Where(c => !(manualNeedsNoClaim && c.IsManual) && (c.Id is null || !claimed.Contains(c.Id))))
        {
            context.Report(TraceabilityDiagnostics.UnclaimedCriterion, criterion.IdSpan ?? criterion.Span, Unclaimed(context.Document, criterion));
        }
    }

    private static string Unclaimed(WorkItemDocument document, AcceptanceCriterion criterion)
    {
        var workItem = document.WorkItem!;
        var status = WorkItemFormat.ToValue(workItem.Status);
        var id = workItem.Id!.Value;
        return criterion.Id is { } criterionId
            ? criterionId + " of " + id + " is '" + status + "' but no test claims it; mark the test that proves it with [Satisfies(\"" + id + "\", \"" + criterionId + "\")]"
            : "criterion " + (criterion.Index + 1).ToString(CultureInfo.InvariantCulture) + " of " + id + " is '" + status + "' but has no id, so no test can claim it; give it one (TMR2006 numbers criteria)";
    }
}
