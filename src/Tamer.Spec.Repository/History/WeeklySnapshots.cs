using System;
using System.Collections.Generic;
using System.Globalization;

namespace Tamer.Spec.Repository.History;

/// <summary>
/// Cuts a first-parent history into weeks (ISO weeks, UTC): each week's snapshot is the newest
/// commit of the line committed before the week ended, so a week without commits keeps the one
/// before it. Weeks are counted back from the week of the newest commit, never from the clock:
/// the same history gives the same weeks.
/// </summary>
public static class WeeklySnapshots
{
    /// <summary>The Monday 00:00 UTC that starts the week holding <paramref name="moment"/>.</summary>
    public static DateTimeOffset WeekStart(DateTimeOffset moment)
    {
        var utc = moment.ToUniversalTime();
        var daysSinceMonday = ((int)utc.DayOfWeek + 6) % 7;
        return new DateTimeOffset(utc.Date.AddDays(-daysSinceMonday), TimeSpan.Zero);
    }

    /// <summary>The ISO name of the week that starts at <paramref name="weekStart"/>: 2026-W05.</summary>
    public static string WeekName(DateTimeOffset weekStart) =>
        ISOWeek.GetYear(weekStart.UtcDateTime).ToString("D4", CultureInfo.InvariantCulture) + "-W" + ISOWeek.GetWeekOfYear(weekStart.UtcDateTime).ToString("D2", CultureInfo.InvariantCulture);

    /// <summary>
    /// The snapshots of the weeks from the one starting at <paramref name="firstWeek"/> (or holding it)
    /// to the one holding the newest commit of <paramref name="newestFirst"/>, oldest first, and
    /// the snapshot just before the first week (the baseline the first week is compared with).
    /// </summary>
    public static (HistoryCommit? Before, IReadOnlyList<WeekSnapshot> Weeks) Cut(IReadOnlyList<HistoryCommit> newestFirst, DateTimeOffset firstWeek)
    {
        ArgumentNullException.ThrowIfNull(newestFirst);
        var weeks = new List<WeekSnapshot>();
        if (newestFirst.Count == 0)
        {
            return (null, weeks);
        }

        var first = WeekStart(firstWeek);
        var last = WeekStart(newestFirst[0].CommittedAt);
        for (var start = first; start <= last; start = start.AddDays(7))
        {
            weeks.Add(new WeekSnapshot(WeekName(start), start, StandingAt(newestFirst, start.AddDays(7))));
        }

        return (StandingAt(newestFirst, first), weeks);
    }

    // The newest commit of the line committed before 'end'.
    private static HistoryCommit? StandingAt(IReadOnlyList<HistoryCommit> newestFirst, DateTimeOffset end)
    {
        foreach (var commit in newestFirst)
        {
            if (commit.CommittedAt < end)
            {
                return commit;
            }
        }

        return null;
    }
}
