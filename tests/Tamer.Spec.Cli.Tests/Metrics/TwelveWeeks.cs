using static Tamer.Spec.Cli.Tests.Metrics.MetricsWorkItems;

namespace Tamer.Spec.Cli.Tests.Metrics;

/// <summary>
/// A history of 12 weeks (ISO weeks 2026-W02 to 2026-W13, one commit on the Wednesday of each week
/// but the 6th and the 10th) in which vague criteria are fixed one after another:
/// <list type="bullet">
/// <item>week 1: items 1–4 vague (refused by acceptance), item 5 with one vague criterion of two (a warning), item 6 falsifiable;</item>
/// <item>week 2: only a file that is not a Work Item changes;</item>
/// <item>week 3: item 1 fixed; week 4: item 7 added with status 'doing' (refused by format);</item>
/// <item>week 5: item 2 fixed; week 6: no commit;</item>
/// <item>week 7: item 3 fixed, item 7 done; week 8: item 4 fixed; week 9: item 8 added, vague;</item>
/// <item>week 10: no commit; week 11: item 5's vague criterion dropped; week 12: item 8 fixed.</item>
/// </list>
/// </summary>
internal static class TwelveWeeks
{
    public static readonly DateTimeOffset FirstMonday = new(2026, 1, 5, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Builds the history; returns each week's commit id (null for the weeks without one).</summary>
    public static string?[] Build(DatedHistory history)
    {
        var commits = new string?[12];
        void Commit(int week, string message) => commits[week - 1] = history.CommitAt(FirstMonday.AddDays((7 * (week - 1)) + 2).AddHours(12), message);

        for (var n = 1; n <= 4; n++)
        {
            history.Write($"work-items/item{n}.md", Item(n, "ready", Vague));
        }

        history.Write("work-items/item5.md", Item(5, "ready", Falsifiable, "the output looks nice"));
        history.Write("work-items/item6.md", Item(6, "ready", Falsifiable));
        Commit(1, "six Work Items");
        history.Write("src/readme.txt", "not a Work Item\n");
        Commit(2, "a file beside them");
        history.Write("work-items/item1.md", Item(1, "ready", Falsifiable));
        Commit(3, "item 1 fixed");
        history.Write("work-items/item7.md", Item(7, "doing", Falsifiable));
        Commit(4, "item 7");
        history.Write("work-items/item2.md", Item(2, "ready", Falsifiable));
        Commit(5, "item 2 fixed");
        history.Write("work-items/item3.md", Item(3, "ready", Falsifiable));
        history.Write("work-items/item7.md", Item(7, "done", Falsifiable));
        Commit(7, "item 3 fixed, item 7 done");
        history.Write("work-items/item4.md", Item(4, "ready", Falsifiable));
        Commit(8, "item 4 fixed");
        history.Write("work-items/item8.md", Item(8, "ready", Vague));
        Commit(9, "item 8");
        history.Write("work-items/item5.md", Item(5, "ready", Falsifiable));
        Commit(11, "item 5 fixed");
        history.Write("work-items/item8.md", Item(8, "ready", Falsifiable));
        Commit(12, "item 8 fixed");
        return commits;
    }
}
