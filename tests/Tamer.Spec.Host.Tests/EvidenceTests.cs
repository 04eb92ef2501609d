using System.Net;

namespace Tamer.Spec.Host.Tests;

/// <summary>
/// A submission proves its Work Item's criteria with test runs: with <c>--evidence required</c>, one
/// without a run, or whose run leaves a criterion unclaimed or failing, is 422 listing every unproven
/// criterion and stays in progress; one whose run proves them all goes to review. Claims come from
/// the repository's C# <c>[Satisfies]</c> and from <c>WI-ID/AC-n</c> in test names.
/// </summary>
public sealed class EvidenceTests
{
    private const string StoreTests = """
        using Tamer.Spec;

        namespace Chain.Tests;

        public sealed class StoreTests
        {
            [Satisfies("WI-CHAIN-A", "AC-1")]
            public void Counts_a_new_ip() { }
        }
        """;

    [Fact]
    public async Task Without_a_passing_run_for_every_criterion_a_submission_is_422_naming_each_and_with_one_it_goes_to_review()
    {
        var folders = HostFolders.Fixture("chain");
        var tests = Path.Combine(folders.Root, "tests");
        Directory.CreateDirectory(tests);
        File.WriteAllText(Path.Combine(tests, "StoreTests.cs"), StoreTests);
        await using var host = await RunningHost.StartAsync(folders, "--evidence", "required", "--claims", tests);
        var alice = host.As("alice");
        var id = (await alice.AssignAsync("WI-CHAIN-A")).Body.Str("id");
        string[] change = ["src/attempts/store.ts"];
        var trx = ("store.trx", EvidenceHttp.Trx(("Chain.Tests.StoreTests", "Counts_a_new_ip", true)));

        var (bare, bareProblem) = await alice.SubmitAsync(id, change);
        var (failing, failingProblem) = await alice.SubmitWithRunsAsync(id, change, trx, ("jest.xml", EvidenceHttp.JUnit(("store WI-CHAIN-A/AC-2 forgets attempts after 60 s", false))));
        var (_, stillInProgress) = await alice.GetJsonAsync("/v1/assignments/" + id);
        var (proven, answer) = await alice.SubmitWithRunsAsync(id, change, trx, ("jest.xml", EvidenceHttp.JUnit(("store WI-CHAIN-A/AC-2 forgets attempts after 60 s", true))));

        bare.ShouldBe(HttpStatusCode.UnprocessableEntity, bareProblem.ToString());
        bareProblem.Unproven().ShouldBe(["AC-1 TMR6004", "AC-2 TMR6004"]);
        bareProblem.Refusal().ShouldBe(["TMR6004"]);
        failing.ShouldBe(HttpStatusCode.UnprocessableEntity, failingProblem.ToString());
        failingProblem.Unproven().ShouldBe(["AC-2 TMR6005"], "AC-1 is proven by the TRX result of the test that claims it with [Satisfies]");
        var message = failingProblem.GetProperty("unproven")[0].Str("message");
        message.ShouldContain("store WI-CHAIN-A/AC-2 forgets attempts after 60 s failed");
        stillInProgress.Str("status").ShouldBe("in_progress");
        proven.ShouldBe(HttpStatusCode.OK, answer.ToString());
        answer.GetProperty("assignment").Str("status").ShouldBe("review");
        host.LedgerEvents().Select(e => e.Str("type")).ShouldBe(["assigned", "evidence-refused", "evidence-refused", "submitted"]);
        host.LedgerEvents()[2].Str("reason").ShouldContain("AC-2 (TMR6005)");
    }

    [Fact]
    public async Task Without_the_evidence_policy_a_submission_without_runs_goes_to_review_but_a_run_sent_is_still_judged()
    {
        await using var host = await RunningHost.StartAsync(HostFolders.Fixture("chain"));
        var alice = host.As("alice");
        var first = (await alice.AssignAsync("WI-CHAIN-A")).Body.Str("id");

        var (judged, problem) = await alice.SubmitWithRunsAsync(first, ["src/attempts/store.ts"], ("run.xml", EvidenceHttp.JUnit(("WI-CHAIN-A/AC-1 counts", true))));
        var (bare, answer) = await alice.SubmitAsync(first, "src/attempts/store.ts");

        judged.ShouldBe(HttpStatusCode.UnprocessableEntity, problem.ToString());
        problem.Unproven().ShouldBe(["AC-2 TMR6004"]);
        bare.ShouldBe(HttpStatusCode.OK, answer.ToString());
    }

    [Fact]
    public async Task An_empty_list_of_runs_is_no_evidence_and_a_manual_criterion_needs_no_test_but_a_review()
    {
        var folders = HostFolders.Fixture("chain");
        var file = Path.Combine(folders.WorkItems, "chain-a.md");
        File.WriteAllText(file, File.ReadAllText(file).Replace(
            "  - \"AC-2: count(ip) returns 0 for an IP whose last attempt is older than 60 s\"",
            "  - id: AC-2\n    text: the counts of the last hour are readable on the ops dashboard\n    manual: true\n    verify: a reviewer opens the dashboard after ten failed logins and reads 10",
            StringComparison.Ordinal));
        await using var host = await RunningHost.StartAsync(folders, "--evidence", "required");
        var alice = host.As("alice");
        var id = (await alice.AssignAsync("WI-CHAIN-A")).Body.Str("id");

        var (empty, emptyProblem) = await alice.SubmitWithRunsAsync(id, ["src/attempts/store.ts"]);
        var (proven, answer) = await alice.SubmitWithRunsAsync(id, ["src/attempts/store.ts"], ("run.xml", EvidenceHttp.JUnit(("WI-CHAIN-A/AC-1 counts a new ip", true))));
        var (complete, completeProblem) = await alice.CompleteAsync(id);

        empty.ShouldBe(HttpStatusCode.UnprocessableEntity, "an empty list of runs proves nothing");
        emptyProblem.Unproven().ShouldBe(["AC-1 TMR6004"], "the manual AC-2 needs no test");
        proven.ShouldBe(HttpStatusCode.OK, answer.ToString());
        answer.DiagnosticIds().ShouldBe(["TMR6006"], "the manual criterion is listed for the reviewer");
        complete.ShouldBe(HttpStatusCode.Conflict, "a person checks the manual criterion: the Work Item needs a review whatever --review says");
        completeProblem.Str("title").ShouldBe("Review required");
    }

    [Fact]
    public async Task A_run_of_several_megabytes_is_read_where_a_body_without_runs_stops_at_1_MiB()
    {
        await using var host = await RunningHost.StartAsync(HostFolders.Fixture("chain"), "--evidence", "required");
        var alice = host.As("alice");
        var id = (await alice.AssignAsync("WI-CHAIN-A")).Body.Str("id");
        var cases = Enumerable.Range(0, 30_000).Select(i => ("Suite.Case_" + i + "_keeps_its_invariant_across_a_long_descriptive_name", true))
            .Prepend(("WI-CHAIN-A/AC-2 forgets attempts after 60 s", true)).Prepend(("WI-CHAIN-A/AC-1 counts a new ip", true)).ToArray();
        var run = EvidenceHttp.JUnit(cases);

        var (status, answer) = await alice.SubmitWithRunsAsync(id, ["src/attempts/store.ts"], ("big.xml", run));

        run.Length.ShouldBeGreaterThan(3 * 1024 * 1024);
        status.ShouldBe(HttpStatusCode.OK, answer.ToString());
    }

    [Theory]
    [InlineData("run.xml", "<testsuite><testcase name=\"a\">\n<failure></testcase></testsuite>", "run.xml(2,12): not well-formed XML")]
    [InlineData("cover.xml", "<coverage line-rate=\"1\" />", "cover.xml(1,2): the root element is <coverage>")]
    [InlineData("empty.trx", "", "empty.trx has no content")]
    public async Task A_test_run_that_cannot_be_read_is_400_naming_its_place_and_changes_nothing(string name, string content, string detail)
    {
        await using var host = await RunningHost.StartAsync(HostFolders.Fixture("chain"), "--evidence", "required");
        var alice = host.As("alice");
        var id = (await alice.AssignAsync("WI-CHAIN-A")).Body.Str("id");

        var (status, problem) = await alice.SubmitWithRunsAsync(id, ["src/attempts/store.ts"], (name, content));

        status.ShouldBe(HttpStatusCode.BadRequest);
        problem.Str("detail").ShouldStartWith(detail);
        host.LedgerEvents().Select(e => e.Str("type")).ShouldBe(["assigned"]);
    }
}
