using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Tamer.Spec.Model;

namespace Tamer.Spec.Rules.Acceptance;

/// <summary>The checks every version shares: criteria exist (TMR2001), ids are present and unique (TMR2006).</summary>
internal static class CriteriaChecks
{
    /// <summary>Reports TMR2001 when there are no criteria; returns false then.</summary>
    public static bool HasCriteria(RuleContext context)
    {
        var criteria = context.WorkItem.AcceptanceCriteria;
        if (criteria.Count > 0)
        {
            return true;
        }

        var span = criteria.IsDeclared ? criteria.DeclarationSpan : context.WorkItem.OpeningLineSpan;
        context.Report(AcceptanceDiagnostics.NoCriteria, span, criteria.IsDeclared ? " (the list is empty)" : string.Empty);
        return false;
    }

    public static void Ids(RuleContext context)
    {
        var criteria = context.WorkItem.AcceptanceCriteria.Items;
        var unnumbered = criteria.Where(c => c.Id is null).ToList();
        if (unnumbered.Count > 0)
        {
            var message = string.Format(
                CultureInfo.InvariantCulture,
                "{0} of {1} criteria {2} no id; number them {3}, {4}, … so that tests and reviews can name them",
                unnumbered.Count,
                criteria.Count,
                unnumbered.Count == 1 ? "has" : "have",
                context.WorkItem.CriterionIds.Format(1),
                context.WorkItem.CriterionIds.Format(2));
            context.Report(AcceptanceDiagnostics.MissingOrDuplicateId, unnumbered[0].Span, Kind(CriterionIdFixProvider.Missing), message);
        }

        foreach (var repeat in criteria.Where(c => c.Id is not null).GroupBy(c => c.Id, StringComparer.Ordinal).Where(g => g.Count() > 1).SelectMany(g => g.Skip(1)))
        {
            context.Report(AcceptanceDiagnostics.MissingOrDuplicateId, repeat.IdSpan ?? repeat.Span, Kind(CriterionIdFixProvider.Repeated), "'" + repeat.Id + "' is the id of more than one criterion; ids must be unique");
        }
    }

    private static Dictionary<string, string> Kind(string kind) => new(StringComparer.Ordinal) { [CriterionIdFixProvider.KindProperty] = kind };

    /// <summary>How a message names a criterion: its id, or its position.</summary>
    public static string NameOf(AcceptanceCriterion criterion) =>
        criterion.Id ?? "#" + (criterion.Index + 1).ToString(CultureInfo.InvariantCulture);
}
