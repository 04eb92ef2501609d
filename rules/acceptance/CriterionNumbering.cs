using System;
using System.Collections.Generic;
using System.Linq;
using Tamer.Spec.Model;

namespace Tamer.Spec.Rules.Acceptance;

/// <summary>
/// The ids a Work Item's criteria get when they are numbered: a criterion without an id, and the
/// second and later criteria that repeat an id, each take the smallest number no criterion uses
/// yet, in list order, written in the file's own form (<c>AC-n</c> natively, <c>#n</c> in a
/// Backlog.md task). Every fix of TMR2006 in one Work Item reads the same plan, so that fixes
/// applied together never hand out the same id twice.
/// </summary>
internal static class CriterionNumbering
{
    public static IReadOnlyDictionary<AcceptanceCriterion, string> Plan(IReadOnlyList<AcceptanceCriterion> criteria, CriterionIdForm form)
    {
        var kept = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var renumber = new List<AcceptanceCriterion>();
        foreach (var criterion in criteria)
        {
            if (criterion.Id is null || !kept.Add(criterion.Id))
            {
                renumber.Add(criterion);
            }
        }

        var used = new HashSet<int>(kept.Select(form.NumberOf).Where(n => n is not null).Select(n => n!.Value));
        var plan = new Dictionary<AcceptanceCriterion, string>();
        var next = 1;
        foreach (var criterion in renumber)
        {
            while (used.Contains(next))
            {
                next++;
            }

            used.Add(next);
            plan[criterion] = form.Format(next);
        }

        return plan;
    }
}
