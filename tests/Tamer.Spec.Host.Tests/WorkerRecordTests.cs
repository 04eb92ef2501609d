using System.Net;

namespace Tamer.Spec.Host.Tests;

/// <summary>
/// <c>GET /v1/workers/{name}</c> reads a worker's record from the ledger; after <c>--block-after</c>
/// submissions in a row refused for unproven criteria the worker's next assignment is 403 naming the
/// reason, until a lead lifts the block.
/// </summary>
public sealed class WorkerRecordTests
{
    [Fact]
    public async Task After_K_unproven_submissions_in_a_row_the_next_assignment_is_403_until_a_lead_lifts_the_block()
    {
        await using var host = await RunningHost.StartAsync(IndependentWorkItems.Folders(4), "--evidence", "required", "--block-after", "2");
        var alice = host.As("alice");
        var first = (await alice.AssignAsync(IndependentWorkItems.Id(0))).Body.Str("id");
        (await alice.SubmitAsync(first, "src/m0/a.ts")).Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await alice.SubmitAsync(first, "src/m0/a.ts")).Status.ShouldBe(HttpStatusCode.UnprocessableEntity);

        var bobsWork = (await host.As("bob").AssignAsync(IndependentWorkItems.Id(3))).Body.Str("id");
        (await host.As("bob").SubmitWithRunsAsync(bobsWork, ["src/m3/a.ts"], ("run.xml", EvidenceHttp.JUnit((IndependentWorkItems.Id(3) + "/AC-1 counts", true), (IndependentWorkItems.Id(3) + "/AC-2 forgets", true))))).Status.ShouldBe(HttpStatusCode.OK);
        var (blockedReview, blockedReviewProblem) = await alice.ReviewAsync(bobsWork, "approve", "looks right");
        var (blocked, problem) = await alice.AssignAsync(IndependentWorkItems.Id(1));
        var (bobAssigns, _) = await host.As("bob").AssignAsync(IndependentWorkItems.Id(2));
        var (_, record) = await alice.GetJsonAsync("/v1/workers/alice");
        var (self, selfProblem) = await host.As("dave").UnblockAsync("dave", "no reason to be blocked");
        var (notBlocked, _) = await host.As("carol").UnblockAsync("bob", "bob was never refused");
        var (notLead, _) = await host.As("bob").UnblockAsync("alice", "she fixed her test setup");
        var (lifted, liftedRecord) = await host.As("carol").UnblockAsync("alice", "the test project was not in the run; fixed in the runner's configuration");
        var (assigned, _) = await alice.AssignAsync(IndependentWorkItems.Id(1));

        blockedReview.ShouldBe(HttpStatusCode.Forbidden, "a blocked worker reviews nobody's work");
        blockedReviewProblem.Str("title").ShouldBe("Worker blocked");
        blocked.ShouldBe(HttpStatusCode.Forbidden);
        problem.Str("title").ShouldBe("Worker blocked");
        problem.Str("detail").ShouldStartWith("alice is blocked: its last 2 submissions were refused for criteria their test runs did not prove (the last: the test runs do not prove WI-LOAD-0000: AC-1 (TMR6004), AC-2 (TMR6004)");
        problem.Str("detail").ShouldEndWith("a lead lifts the block with POST /v1/workers/alice/unblock");
        bobAssigns.ShouldBe(HttpStatusCode.Created, "only the refused worker is blocked");
        record.GetProperty("blocked").GetBoolean().ShouldBeTrue();
        (record.GetProperty("assigned").GetInt32(), record.GetProperty("refusedForUnprovenCriteria").GetInt32(), record.GetProperty("unprovenInARow").GetInt32()).ShouldBe((1, 2, 2));
        record.GetProperty("lastReasons").GetArrayLength().ShouldBe(2);
        self.ShouldBe(HttpStatusCode.Forbidden, "a lead does not lift its own block");
        selfProblem.Str("title").ShouldBe("Your own block");
        notBlocked.ShouldBe(HttpStatusCode.Conflict, "bob is not blocked");
        notLead.ShouldBe(HttpStatusCode.Forbidden, "only a lead lifts a block");
        lifted.ShouldBe(HttpStatusCode.OK, liftedRecord.ToString());
        liftedRecord.GetProperty("blocked").GetBoolean().ShouldBeFalse();
        liftedRecord.GetProperty("lastReasons").EnumerateArray().Last().Str("reason").ShouldBe("the test project was not in the run; fixed in the runner's configuration");
        assigned.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task A_block_and_its_lifting_are_replayed_after_a_restart()
    {
        var folders = IndependentWorkItems.Folders(3);
        await using (var host = await RunningHost.StartAsync(folders, "--evidence", "required", "--block-after", "1"))
        {
            host.KeepFolders = true;
            var alice = host.As("alice");
            var first = (await alice.AssignAsync(IndependentWorkItems.Id(0))).Body.Str("id");
            (await alice.SubmitAsync(first, "src/m0/a.ts")).Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        }

        await using (var host = await RunningHost.StartAsync(folders, "--evidence", "required", "--block-after", "1"))
        {
            host.KeepFolders = true;
            (await host.As("alice").AssignAsync(IndependentWorkItems.Id(1))).Status.ShouldBe(HttpStatusCode.Forbidden, "the block is read back from the ledger");
            (await host.As("carol").UnblockAsync("alice", "the runner's configuration is fixed")).Status.ShouldBe(HttpStatusCode.OK);
        }

        await using var restarted = await RunningHost.StartAsync(folders, "--evidence", "required", "--block-after", "1");
        (await restarted.As("alice").AssignAsync(IndependentWorkItems.Id(1))).Status.ShouldBe(HttpStatusCode.Created, "the lifted block is read back too");
    }

    [Fact]
    public async Task A_passing_submission_ends_the_run_of_refusals_and_an_unknown_worker_is_404()
    {
        await using var host = await RunningHost.StartAsync(IndependentWorkItems.Folders(3), "--evidence", "required", "--block-after", "2");
        var alice = host.As("alice");
        var first = (await alice.AssignAsync(IndependentWorkItems.Id(0))).Body.Str("id");
        (await alice.SubmitAsync(first, "src/m0/a.ts")).Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var run = ("run.xml", EvidenceHttp.JUnit((IndependentWorkItems.Id(0) + "/AC-1 counts", true), (IndependentWorkItems.Id(0) + "/AC-2 forgets", true)));
        (await alice.SubmitWithRunsAsync(first, ["src/m0/a.ts"], run)).Status.ShouldBe(HttpStatusCode.OK);
        var second = (await alice.AssignAsync(IndependentWorkItems.Id(1))).Body.Str("id");
        (await alice.SubmitAsync(second, "src/m1/a.ts")).Status.ShouldBe(HttpStatusCode.UnprocessableEntity);

        var (assigned, _) = await alice.AssignAsync(IndependentWorkItems.Id(2));
        var (unknown, _) = await alice.GetJsonAsync("/v1/workers/mallory");

        assigned.ShouldBe(HttpStatusCode.Created, "one refusal since the last accepted submission is under the 2 that block");
        unknown.ShouldBe(HttpStatusCode.NotFound);
    }
}
