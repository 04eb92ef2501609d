using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using Tamer.Spec.Model;

namespace Tamer.Spec.Rules.Acceptance;

/// <summary>
/// The ids a Work Item's criteria get when they are numbered: a criterion without an id, and the
/// second and later criteria that repeat an id, each take the smallest <c>AC-n</c> no criterion
/// uses yet, in list order. Every fix of TMR2006 in one Work Item reads the same plan, so that
/// fixes applied together never hand out the same id twice.
/// </summary>
internal static class CriterionNumbering
{
    private static readonly Regex AcId = new(@"^AC-(\d+)$", RegexOptions.CultureInvariant);

    public static IReadOnlyDictionary<AcceptanceCriterion, string> Plan(IReadOnlyList<AcceptanceCriterion> criteria)
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

        var used = new HashSet<int>(kept.Select(id => AcId.Match(id.ToUpperInvariant())).Where(m => m.Success).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)));
        var plan = new Dictionary<AcceptanceCriterion, string>();
        var next = 1;
        foreach (var criterion in renumber)
        {
            while (used.Contains(next))
            {
                next++;
            }

            used.Add(next);
            plan[criterion] = "AC-" + next.ToString(CultureInfo.InvariantCulture);
        }

        return plan;
    }
}
