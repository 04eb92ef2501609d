using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Tamer.Spec.Rules.Memory;

/// <summary>
/// TMR7009: a Work Item whose title, criteria, non-goals and body resemble a record of the
/// rejected-designs log (see <see cref="RejectedDesignIndex"/>; the threshold is the pack's
/// <c>similarity_percent</c>) and that does not acknowledge it. Reported at the title.
/// </summary>
internal static class RejectedDesignCheck
{
    public static void Run(RuleContext context, ISet<string> acknowledged)
    {
        if (!context.IsEnabled(MemoryDiagnostics.ResemblesRejectedDesign))
        {
            return;
        }

        var index = RejectedDesignIndex.Of(context.Workspace);
        if (index.Count == 0)
        {
            return;
        }

        var workItem = context.WorkItem;
        var threshold = context.Settings.Get(MemorySettings.SimilarityPercent) / 100.0;
        var span = workItem.Title?.Span ?? workItem.OpeningLineSpan;
        foreach (var match in index.Match(RejectedDesignIndex.TermsOf(workItem), threshold))
        {
            var id = match.Record.Id!.Value;
            if (acknowledged.Contains(id))
            {
                continue;
            }

            context.Report(
                MemoryDiagnostics.ResemblesRejectedDesign,
                span,
                id,
                match.Record.Title!.Value,
                ((int)Math.Round(match.Score * 100, MidpointRounding.AwayFromZero)).ToString(CultureInfo.InvariantCulture),
                string.Join(", ", match.SharedTerms.Take(6)),
                match.Record.Reason?.Value ?? "(no reason recorded)");
        }
    }
}
