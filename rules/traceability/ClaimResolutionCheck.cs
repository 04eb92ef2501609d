using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Tamer.Spec.Model;
using Tamer.Spec.Spelling;

namespace Tamer.Spec.Rules.Traceability;

/// <summary>
/// Each claim names a Work Item of the workspace (TMR6001) and criteria that Work Item has
/// (TMR6002), reported at the claim's argument in the code, with the nearest id when there is one.
/// </summary>
internal static class ClaimResolutionCheck
{
    private const int MaxIdsListed = 10;

    public static void Run(ClaimContext context)
    {
        foreach (var claim in context.Claims)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var documents = context.Workspace.FindById(claim.WorkItem.Value).Where(d => d.WorkItem is not null).ToList();
            if (documents.Count == 0)
            {
                var near = DidYouMean.Find(claim.WorkItem.Value, context.Workspace.Ids);
                context.Report(TraceabilityDiagnostics.UnknownWorkItem, claim.WorkItem.Location, claim.WorkItem.Value, near is null ? string.Empty : "; did you mean '" + near + "'?");
                continue;
            }

            var criteria = documents.SelectMany(d => d.WorkItem!.AcceptanceCriteria.Items).ToList();
            foreach (var argument in claim.Criteria.Where(a => !criteria.Any(c => string.Equals(c.Id, a.Value, StringComparison.Ordinal))))
            {
                context.Report(TraceabilityDiagnostics.UnknownCriterion, argument.Location, claim.WorkItem.Value, argument.Value, KnownCriteria(argument.Value, criteria));
            }
        }
    }

    // What the Work Item does have, so that the message says what to write instead.
    private static string KnownCriteria(string claimed, IReadOnlyList<AcceptanceCriterion> criteria)
    {
        var ids = criteria.Where(c => c.Id is not null).Select(c => c.Id!).Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count == 0)
        {
            return "; none of its criteria has an id yet (TMR2006 numbers them)";
        }

        if (DidYouMean.Find(claimed, ids) is { } near)
        {
            return "; did you mean '" + near + "'?";
        }

        var listed = string.Join(", ", ids.Take(MaxIdsListed));
        return "; its criteria are " + listed + (ids.Count > MaxIdsListed ? " and " + (ids.Count - MaxIdsListed).ToString(CultureInfo.InvariantCulture) + " more" : string.Empty);
    }
}
