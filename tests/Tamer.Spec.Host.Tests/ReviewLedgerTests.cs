using System.Collections.Concurrent;
using System.Net;

namespace Tamer.Spec.Host.Tests;

/// <summary>Reviews are ledger events: a SIGKILL in the middle of a burst of reviews loses none that was acknowledged and doubles none.</summary>
public sealed class ReviewLedgerTests
{
    private const int Assignments = 60;

    [Fact]
    public async Task Every_acknowledged_review_survives_a_SIGKILL_mid_burst_and_none_is_doubled()
    {
        using var folders = IndependentWorkItems.Folders(Assignments);
        var assignments = new List<string>();
        var acknowledged = new ConcurrentDictionary<string, string>();
        using (var host = await HostProcess.StartAsync(folders, "--review", "always"))
        {
            using var alice = host.As("alice");
            for (var i = 0; i < Assignments; i++)
            {
                var id = (await alice.AssignAsync(IndependentWorkItems.Id(i))).Body.Str("id");
                (await alice.SubmitAsync(id, "src/m" + i + "/a.ts")).Status.ShouldBe(HttpStatusCode.OK, host.Log);
                assignments.Add(id);
            }

            using var killed = new CancellationTokenSource();
            var reviewers = Enumerable.Range(0, 4).Select(r => Task.Run(async () =>
            {
                using var reviewer = host.As(r % 2 == 0 ? "bob" : "carol");
                for (var n = r; n < assignments.Count && !killed.IsCancellationRequested; n += 4)
                {
                    var decision = n % 3 == 0 ? "reject" : "approve";
                    try
                    {
                        var (status, _) = await reviewer.ReviewAsync(assignments[n], decision, "reviewed in the burst");
                        status.ShouldBe(HttpStatusCode.OK, host.Log);
                        acknowledged[assignments[n]] = decision == "approve" ? "done" : "in_progress";
                    }
                    catch (HttpRequestException) when (killed.IsCancellationRequested)
                    {
                        return;
                    }
                }
            })).ToList();

            while (acknowledged.Count < 20 && !reviewers.All(t => t.IsCompleted))
            {
                await Task.Delay(2, TestContext.Current.CancellationToken);
            }

            killed.Cancel();
            host.Kill();
            await Task.WhenAll(reviewers);
        }

        acknowledged.Count.ShouldBeGreaterThanOrEqualTo(20);
        acknowledged.Count.ShouldBeLessThan(Assignments, "the kill came in the middle of the burst");
        var reviews = LedgerContents.Sqlite(Path.Combine(folders.Data, "ledger.db")).Where(e => e.Str("type") == "reviewed").ToList();
        reviews.GroupBy(e => e.Str("assignment")).ShouldAllBe(g => g.Count() == 1, "no assignment is reviewed twice");

        using var restarted = await HostProcess.StartAsync(folders, "--review", "always");
        using var carol = restarted.As("carol");
        foreach (var (id, status) in acknowledged)
        {
            var (_, stored) = await carol.GetJsonAsync("/v1/assignments/" + id);
            stored.Str("status").ShouldBe(status, id);
        }

        var unreviewed = assignments.First(a => !reviews.Any(r => r.Str("assignment") == a));
        (await carol.ReviewAsync(unreviewed, "approve", "after the restart")).Status.ShouldBe(HttpStatusCode.OK, "an assignment the burst did not reach is still in review");
    }
}
