using System.Collections.Generic;
using System.Linq;
using Tamer.Spec.Spelling;

namespace Tamer.Spec.Rules.Memory;

/// <summary>
/// Every <c>invariants:</c> entry that refers to the registry (a bare id, or a map with only
/// <c>id</c>) names an entry there (TMR7002, with the closest id) that is in force (TMR7003).
/// </summary>
internal static class InvariantReferenceCheck
{
    public const string ReplacementProperty = "replacement";

    public static void Run(RuleContext context)
    {
        // Without a registry an id-looking entry is no reference: the invariants axis reports it as before.
        if (context.Workspace.Invariants.Count == 0)
        {
            return;
        }

        var registry = RegistryIds.Of(context.Workspace);
        foreach (var declaration in context.WorkItem.Invariants.Items)
        {
            if (declaration.RegistryId is not { } id)
            {
                continue;
            }

            var found = registry.Find(id);
            if (found.Count == 0)
            {
                var closest = Closest(id, registry.Ids);
                var hint = closest is null ? "; the registry has no invariants" : "; the closest id is '" + closest + "'";
                if (closest is null)
                {
                    context.Report(MemoryDiagnostics.UnknownInvariant, declaration.Span, id, hint);
                }
                else
                {
                    context.Report(MemoryDiagnostics.UnknownInvariant, declaration.Span, new Dictionary<string, string> { [ReplacementProperty] = closest }, id, hint);
                }
            }
            else if (found.All(e => e.IsRetired))
            {
                context.Report(MemoryDiagnostics.RetiredInvariant, declaration.Span, id, "status: retired in " + found[0].Path);
            }
        }
    }

    // The known id nearest in edit distance (ties: the first in ordinal order); null when there is none.
    private static string? Closest(string id, IReadOnlyList<string> ids)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in ids)
        {
            var distance = EditDistance.Between(id, candidate);
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }
}
