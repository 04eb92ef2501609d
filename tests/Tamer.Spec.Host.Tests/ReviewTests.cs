using System.Net;
using Microsoft.Data.Sqlite;

namespace Tamer.Spec.Host.Tests;

/// <summary>
/// With <c>--review</c>, a Work Item goes from review to done only by another token's review: the
/// implementer's own review is 403, a rejection sends the assignment back in progress with the
/// reason in its history, an approval makes it done; all of it is in the ledger and survives a restart.
/// </summary>
public sealed class ReviewTests
{
    [Fact]
    public async Task Another_workers_reject_sends_it_back_with_the_reason_and_approve_makes_it_done_across_a_restart()
    {
        var folders = HostFolders.Fixture("chain");
        string id;
        await using (var host = await RunningHost.StartAsync(folders, "--review", "always"))
        {
            host.KeepFolders = true;
            var alice = host.As("alice");
            var bob = host.As("bob");
            id = (await alice.AssignAsync("WI-CHAIN-A")).Body.Str("id");
            (await alice.SubmitAsync(id, "src/attempts/store.ts")).Status.ShouldBe(HttpStatusCode.OK);

            var (complete, completeProblem) = await alice.CompleteAsync(id);
            var (own, ownProblem) = await alice.ReviewAsync(id, "approve", "looks fine to me");
            var (rejected, rejection) = await bob.ReviewAsync(id, "reject", "AC-2 has no test for an attempt exactly 60 s old");
            (await alice.SubmitAsync(id, "src/attempts/store.ts", "tests/attempts/store.test.ts")).Status.ShouldBe(HttpStatusCode.OK);
            var (approved, approval) = await bob.ReviewAsync(id, "approve", "the boundary test is there now");
            var (again, _) = await bob.ReviewAsync(id, "reject", "second thoughts");

            complete.ShouldBe(HttpStatusCode.Conflict);
            completeProblem.Str("detail").ShouldBe("WI-CHAIN-A needs a review by another token before it is done: POST /v1/assignments/" + id + "/reviews");
            own.ShouldBe(HttpStatusCode.Forbidden);
            ownProblem.Str("title").ShouldBe("Your own work");
            rejected.ShouldBe(HttpStatusCode.OK, rejection.ToString());
            rejection.GetProperty("assignment").Str("status").ShouldBe("in_progress");
            rejection.GetProperty("assignment").GetProperty("history").EnumerateArray().Last().Str("reason").ShouldBe("AC-2 has no test for an attempt exactly 60 s old");
            approved.ShouldBe(HttpStatusCode.OK, approval.ToString());
            approval.GetProperty("assignment").Str("status").ShouldBe("done");
            again.ShouldBe(HttpStatusCode.Conflict, "a done assignment is reviewed no more");
        }

        await using var restarted = await RunningHost.StartAsync(folders, "--review", "always");
        var (_, stored) = await restarted.As("carol").GetJsonAsync("/v1/assignments/" + id);
        var (_, record) = await restarted.As("carol").GetJsonAsync("/v1/workers/alice");

        stored.Str("status").ShouldBe("done");
        stored.GetProperty("history").EnumerateArray().Select(s => s.Str("type") + (s.TryGetProperty("decision", out var d) ? " " + d.GetString() : string.Empty) + " by " + s.Str("by"))
            .ShouldBe(["assigned by alice", "submitted by alice", "reviewed rejected by bob", "submitted by alice", "reviewed approved by bob"]);
        (record.GetProperty("reviewsRejected").GetInt32(), record.GetProperty("completed").GetInt32(), record.GetProperty("submitted").GetInt32()).ShouldBe((1, 1, 2));
        record.GetProperty("lastReasons").EnumerateArray().Single().Str("reason").ShouldBe("AC-2 has no test for an attempt exactly 60 s old");
        using var database = new SqliteConnection("Data Source=" + Path.Combine(folders.Data, "ledger.db") + ";Mode=ReadOnly;Pooling=False");
        database.Open();
        LedgerContents.Query(database, "SELECT status FROM assignments WHERE assignment_id = '" + id + "'").Single().ShouldBe(["done"], "the database's view reads the approval");
    }

    [Fact]
    public async Task By_estimate_a_small_Work_Item_completes_alone_and_a_review_needs_a_reason()
    {
        await using var host = await RunningHost.StartAsync(HostFolders.Fixture("chain"), "--review", "100");
        var alice = host.As("alice");
        var id = (await alice.AssignAsync("WI-CHAIN-A")).Body.Str("id");
        (await alice.SubmitAsync(id, "src/attempts/store.ts")).Status.ShouldBe(HttpStatusCode.OK);

        var (noReason, _) = await host.As("bob").ReviewAsync(id, "approve", " ");
        var (completed, answer) = await alice.CompleteAsync(id);

        noReason.ShouldBe(HttpStatusCode.BadRequest);
        completed.ShouldBe(HttpStatusCode.OK, "WI-CHAIN-A is estimated at 60 changed lines, under the 100 that need a review");
        answer.GetProperty("assignment").Str("status").ShouldBe("done");
    }
}
