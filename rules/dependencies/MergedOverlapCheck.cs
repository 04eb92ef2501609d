using System;
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

        var first = overlaps.OrderBy(o => o.Evidence.Start).First();
        var byId = overlaps.OrderBy(o => o.OtherId, StringComparer.Ordinal).ToList();
        var mostDirect = overlaps
            .OrderBy(o => o.Kind)
            .ThenBy(o => o.IsSamePath ? 0 : 1)
            .ThenBy(o => o.Evidence.Start)
            .ThenBy(o => o.OtherId, StringComparer.Ordinal)
            .First();
        var properties = new OverlapProperties(mostDirect.OtherId, byId);
        var count = byId.Count.ToString(CultureInfo.InvariantCulture) + (byId.Count == 1 ? " active Work Item" : " active Work Items");
        var named = string.Join(", ", byId.Take(Named).Select(o => o.OtherId + " (" + o.SharedPath + ")"));
        var more = byId.Count > Named ? " and " + (byId.Count - Named).ToString(CultureInfo.InvariantCulture) + " more" : string.Empty;
        context.Report(DependenciesDiagnostics.MergedOverlap, first.Evidence, properties, count, byId.Count == 1 ? "it" : "them", named + more);
    }
}
