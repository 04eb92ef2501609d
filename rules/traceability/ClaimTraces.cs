using System;
using System.Collections.Generic;
using System.Linq;
using Tamer.Spec.Claims;
using Tamer.Spec.Workspace;

namespace Tamer.Spec.Rules.Traceability;

/// <summary>
/// Every acceptance criterion of every Work Item with an id, and the claims that name it: what
/// <c>tamer-lint trace</c> lists. The findings about the claims come from the engine (a lint whose
/// change carries them); this is only the table.
/// </summary>
public static class ClaimTraces
{
    /// <summary>The criteria of <paramref name="workspace"/>, in workspace then list order, each with the claims that name it.</summary>
    public static IReadOnlyList<CriterionTrace> Of(WorkItemWorkspace workspace, IEnumerable<CriterionClaim> claims)
    {
        if (workspace is null || claims is null)
        {
            throw new ArgumentNullException(workspace is null ? nameof(workspace) : nameof(claims));
        }

        var byWorkItem = claims.GroupBy(c => c.WorkItem.Value, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var traces = new List<CriterionTrace>();
        foreach (var document in workspace.Documents.Where(d => d.WorkItem?.Id is not null))
        {
            var naming = byWorkItem.TryGetValue(document.WorkItem!.Id!.Value, out var list) ? list : new List<CriterionClaim>();
            foreach (var criterion in document.WorkItem.AcceptanceCriteria.Items)
            {
                var claimedBy = naming.Where(c => criterion.Id is not null && c.Criteria.Any(a => string.Equals(a.Value, criterion.Id, StringComparison.Ordinal))).ToList();
                traces.Add(new CriterionTrace(document, criterion, claimedBy));
            }
        }

        return traces;
    }
}
