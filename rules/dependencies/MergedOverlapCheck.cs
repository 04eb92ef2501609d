using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Tamer.Spec.Rules.Dependencies;

/// <summary>
/// TMR4004 as dependencies 2.1.0 reports it: at most one diagnostic per Work Item, at its first
/// overlapping entry, naming how many active Work Items it overlaps and the first three by id with
/// the path each writes. The suggestion adds the most direct one to depends_on: one that writes
/// the very path this one writes, then one whose write scope overlaps this one's, then one that
/// writes a file this one reads, then one that writes a file this one names (earliest evidence,
/// then the lower id, first). Every overlapped Work Item is recorded for the reports
/// (<see cref="OverlapProperties"/>).
/// </summary>
internal static class MergedOverlapCheck
{
    private const int Named = 3;

    public static void Run(RuleContext context)
    {
        if (!context.IsEnabled(DependenciesDiagnostics.MergedOverlap))
        {
            return;
        }

        var overlaps = OverlapFinder.Find(context);
        if (overlaps.Count == 0)
        {
            return;
        }

        // One sort (the reports list every overlapped Work Item by id); the rest are single passes:
        // a hot file gives hundreds of overlaps to each Work Item that writes it.
        var byId = new List<Overlap>(overlaps);
        byId.Sort((a, b) => string.CompareOrdinal(a.OtherId, b.OtherId));
        var first = overlaps[0];
        var mostDirect = overlaps[0];
        foreach (var overlap in overlaps)
        {
            if (overlap.Evidence.Start < first.Evidence.Start)
            {
                first = overlap;
            }

            if (IsMoreDirect(overlap, mostDirect))
            {
                mostDirect = overlap;
            }
        }

        var properties = new OverlapProperties(mostDirect.OtherId, byId);
        var count = byId.Count.ToString(CultureInfo.InvariantCulture) + (byId.Count == 1 ? " active Work Item" : " active Work Items");
        var named = string.Join(", ", byId.Take(Named).Select(o => o.OtherId + " (" + o.SharedPath + ")"));
        var more = byId.Count > Named ? " and " + (byId.Count - Named).ToString(CultureInfo.InvariantCulture) + " more" : string.Empty;
        context.Report(DependenciesDiagnostics.MergedOverlap, first.Evidence, properties, count, byId.Count == 1 ? "it" : "them", named + more);
    }

    // The order of directness: the kind of overlap, the very same path, the earliest evidence, the lower id.
    private static bool IsMoreDirect(Overlap candidate, Overlap best)
    {
        if (candidate.Kind != best.Kind)
        {
            return candidate.Kind < best.Kind;
        }

        if (candidate.IsSamePath != best.IsSamePath)
        {
            return candidate.IsSamePath;
        }

        if (candidate.Evidence.Start != best.Evidence.Start)
        {
            return candidate.Evidence.Start < best.Evidence.Start;
        }

        return string.CompareOrdinal(candidate.OtherId, best.OtherId) < 0;
    }
}
