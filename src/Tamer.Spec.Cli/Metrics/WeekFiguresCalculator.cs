using System;
using System.Collections.Generic;
using System.Linq;
using Tamer.Spec.Repository.History;

namespace Tamer.Spec.Cli.Metrics;

/// <summary>
/// Compares a week's snapshot with the one before: a Work Item (by id, or by path without one) is
/// added when the week before had none by that key, changed when its blob differs, and done when it
/// is done now and was not (or was not there) before.
/// </summary>
internal static class WeekFiguresCalculator
{
    /// <summary>How many diagnostic IDs a week lists, the most frequent first.</summary>
    public const int TopDiagnosticCount = 5;

    public static WeekFigures Calculate(WeekSnapshot week, SnapshotFacts before, SnapshotFacts now, IReadOnlyList<string> axes)
    {
        var added = 0;
        var changed = 0;
        var done = 0;
        foreach (var item in now.Items.Values)
        {
            var known = before.Items.GetValueOrDefault(item.Key);
            if (known is null)
            {
                added++;
            }
            else if (!string.Equals(known.Blob, item.Blob, StringComparison.Ordinal))
            {
                changed++;
            }

            if (item.IsDone && known?.IsDone != true)
            {
                done++;
            }
        }

        var items = now.Items.Values.ToList();
        var byAxis = axes.Select(a => new AxisCount(a, items.Count(i => i.RefusingAxes.Contains(a, StringComparer.Ordinal)))).ToList();
        var top = items.SelectMany(i => i.DiagnosticIds)
            .GroupBy(id => id, StringComparer.Ordinal)
            .Select(g => new DiagnosticCount(g.Key, g.Count()))
            .OrderByDescending(c => c.Count)
            .ThenBy(c => c.Id, StringComparer.Ordinal)
            .Take(TopDiagnosticCount)
            .ToList();
        return new WeekFigures(
            week.Week,
            week.Start,
            week.Commit?.Id,
            items.Count,
            added,
            changed,
            done,
            items.Count(i => i.IsFalsifiable),
            items.Count(i => i.IsRefused),
            byAxis,
            top,
            now.ConfigurationProblem);
    }
}
