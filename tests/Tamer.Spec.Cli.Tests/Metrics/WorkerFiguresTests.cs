using Tamer.Spec.Cli.Metrics;
using Tamer.Spec.Host.Ledger;
using Tamer.Spec.Repository.History;

namespace Tamer.Spec.Cli.Tests.Metrics;

/// <summary>The metrics' per-worker figures read reviews: an approval completes its assignment's worker's work, a rejection completes nothing.</summary>
public sealed class WorkerFiguresTests
{
    [Fact]
    public void An_approved_review_is_a_completion_of_the_assignments_worker_and_a_rejection_is_none()
    {
        var monday = new DateTimeOffset(2026, 11, 30, 0, 0, 0, TimeSpan.Zero);
        var events = new List<LedgerEvent>
        {
            new(1, LedgerEvent.Assigned, monday.AddHours(1), "A1", "WI-A-1", "alice"),
            new(2, LedgerEvent.Submitted, monday.AddHours(2), "A1", "WI-A-1", "alice", ["src/a.ts"]),
            new(3, LedgerEvent.Reviewed, monday.AddHours(3), "A1", "WI-A-1", "bob") { Decision = "rejected", Reason = "AC-2 untested" },
            new(4, LedgerEvent.Submitted, monday.AddHours(4), "A1", "WI-A-1", "alice", ["src/a.ts"]),
            new(5, LedgerEvent.Reviewed, monday.AddHours(5), "A1", "WI-A-1", "bob") { Decision = "approved", Reason = "fine now" },
        };

        var figures = WorkerFiguresCalculator.Calculate(events, [new WeekSnapshot("2026-W49", monday, null)]);

        var alice = figures.Single(f => f.Worker == "alice").Total;
        (alice.Assignments, alice.Submissions, alice.Completions).ShouldBe((1, 2, 1));
        figures.ShouldNotContain(f => f.Worker == "bob", "a reviewer's approval is the reviewed worker's completion, not the reviewer's");
    }
}
