using System.Diagnostics;
using System.Net;
using System.Text.Json;

namespace Tamer.Spec.Host.Tests;

/// <summary>A worker's "done" is checked against the scope: inside it goes to review, outside it is refused and stays in progress.</summary>
public sealed class SubmissionTests
{
    [Fact]
    public async Task A_change_to_a_forbidden_path_is_422_with_TMR1102_and_the_assignment_stays_in_progress()
    {
        await using var host = await RunningHost.StartAsync(HostFolders.Examples());
        var alice = host.As("alice");
        var id = (await alice.AssignAsync("WI-AUTH-0042")).Body.Str("id");

        var (status, problem) = await alice.SubmitAsync(id, "src/auth/login.ts", "src/billing/invoice.ts");
        var (_, stored) = await alice.GetJsonAsync("/v1/assignments/" + id);

        status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        problem.Refusal().ShouldBe(["TMR1102"]);
        var drift = problem.GetProperty("diagnostics").EnumerateArray().Single();
        drift.Str("message").ShouldContain("'src/billing/invoice.ts' was changed, but WI-AUTH-0042 forbids 'src/billing/'");
        (drift.GetProperty("line").GetInt32(), drift.GetProperty("column").GetInt32()).ShouldBe((8, 15));
        stored.Str("status").ShouldBe("in_progress");
        var events = host.LedgerEvents();
        events.Select(e => e.Str("type")).ShouldBe(["assigned", "drift-refused"], "a refused submission changes no state, and the ledger records the refusal");
        (events[1].Str("assignment"), events[1].Str("worker")).ShouldBe((id, "alice"));
        events[1].GetProperty("diagnostics").EnumerateArray().Select(d => d.GetString()).ShouldBe(["TMR1102"]);
        events[1].GetProperty("changedFiles").EnumerateArray().Select(d => d.GetString()).ShouldBe(["src/auth/login.ts", "src/billing/invoice.ts"]);
    }

    [Fact]
    public async Task A_justified_suppression_of_TMR1102_in_the_Work_Item_lets_the_change_through()
    {
        var folders = HostFolders.Examples();
        var file = Path.Combine(folders.WorkItems, "auth-login-rate-limit.md");
        File.WriteAllText(file, File.ReadAllText(file).Replace(
            "estimate: { diff_lines: 40, files: 2 }\n",
            "estimate: { diff_lines: 40, files: 2 }\nsuppress:\n  TMR1102: the shared billing limiter is moved here on purpose\n",
            StringComparison.Ordinal));
        await using var host = await RunningHost.StartAsync(folders);
        var alice = host.As("alice");
        var id = (await alice.AssignAsync("WI-AUTH-0042")).Body.Str("id");

        var (status, answer) = await alice.SubmitAsync(id, "src/auth/login.ts", "src/billing/invoice.ts");

        status.ShouldBe(HttpStatusCode.OK, answer.ToString());
        answer.GetProperty("assignment").Str("status").ShouldBe("review");
        answer.ToString().ShouldNotContain("TMR1102");
    }

    [Fact]
    public async Task A_clean_change_moves_the_assignment_to_review_then_complete_makes_it_done()
    {
        await using var host = await RunningHost.StartAsync(HostFolders.Examples());
        var alice = host.As("alice");
        var id = (await alice.AssignAsync("WI-AUTH-0042")).Body.Str("id");

        var (submitted, review) = await alice.SubmitAsync(id, "src/auth/login.ts", "tests/auth/login.test.ts");
        var (again, _) = await alice.SubmitAsync(id, "src/auth/login.ts");
        var (completed, done) = await alice.CompleteAsync(id);
        var (twice, _) = await alice.CompleteAsync(id);

        submitted.ShouldBe(HttpStatusCode.OK);
        review.GetProperty("assignment").Str("status").ShouldBe("review");
        review.GetProperty("assignment").GetProperty("changedFiles").GetArrayLength().ShouldBe(2);
        again.ShouldBe(HttpStatusCode.Conflict);
        completed.ShouldBe(HttpStatusCode.OK);
        done.GetProperty("assignment").Str("status").ShouldBe("done");
        twice.ShouldBe(HttpStatusCode.Conflict);
        var (_, item) = await alice.GetJsonAsync("/v1/work-items/WI-AUTH-0042");
        item.Str("status").ShouldBe("done");
        host.LedgerEvents().Select(e => e.Str("type")).ShouldBe(["assigned", "submitted", "completed"]);
    }

    [Fact]
    public async Task Completing_before_a_clean_submission_is_409_and_unknown_assignments_are_404()
    {
        await using var host = await RunningHost.StartAsync(HostFolders.Examples());
        var alice = host.As("alice");
        var id = (await alice.AssignAsync("WI-AUTH-0042")).Body.Str("id");

        (await alice.CompleteAsync(id)).Status.ShouldBe(HttpStatusCode.Conflict);
        (await alice.SubmitAsync("A-nope", "src/auth/login.ts")).Status.ShouldBe(HttpStatusCode.NotFound);
        (await alice.CompleteAsync("A-nope")).Status.ShouldBe(HttpStatusCode.NotFound);
        (await alice.GetJsonAsync("/v1/assignments/A-nope")).Status.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{\"changedFiles\": [\"a\"], \"base\": \"HEAD\"}")]
    [InlineData("{\"changedFiles\": [\"\"]}")]
    [InlineData("{\"changedFiles\": 12}")]
    [InlineData("not json")]
    public async Task A_malformed_submission_is_400(string json)
    {
        await using var host = await RunningHost.StartAsync(HostFolders.Examples());
        var alice = host.As("alice");
        var id = (await alice.AssignAsync("WI-AUTH-0042")).Body.Str("id");

        var (status, _) = await alice.PostJsonAsync("/v1/assignments/" + id + "/submissions", json);

        status.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_git_range_of_the_repository_is_checked_like_a_list_of_paths()
    {
        using var folders = HostFolders.Examples();
        Git(folders.Root, "init", "-q", "-b", "main");
        Git(folders.Root, "add", "-A");
        Git(folders.Root, "commit", "-q", "-m", "work items");
        Write(folders.Root, "src/auth/login.ts");
        Git(folders.Root, "add", "-A");
        Git(folders.Root, "commit", "-q", "-m", "inside");
        Write(folders.Root, "src/billing/invoice.ts");
        Git(folders.Root, "add", "-A");
        Git(folders.Root, "commit", "-q", "-m", "outside");
        await using var host = await RunningHost.StartAsync(folders);
        var alice = host.As("alice");
        var id = (await alice.AssignAsync("WI-AUTH-0042")).Body.Str("id");
        var (othersRange, _) = await host.As("bob").PostJsonAsync("/v1/assignments/" + id + "/submissions", "{\"base\": \"HEAD~2\"}");
        othersRange.ShouldBe(HttpStatusCode.Forbidden);

        var (outside, problem) = await alice.PostJsonAsync("/v1/assignments/" + id + "/submissions", "{\"base\": \"HEAD~2\", \"head\": \"HEAD\"}");
        var (badRevision, gitProblem) = await alice.PostJsonAsync("/v1/assignments/" + id + "/submissions", "{\"base\": \"no-such-rev\"}");
        var written = Path.Combine(folders.Root, "written-by-git");
        var (option, _) = await alice.PostJsonAsync("/v1/assignments/" + id + "/submissions", JsonSerializer.Serialize(new { @base = "--output=" + written }));
        var (inside, review) = await alice.PostJsonAsync("/v1/assignments/" + id + "/submissions", "{\"base\": \"HEAD~2\", \"head\": \"HEAD~1\"}");

        outside.ShouldBe(HttpStatusCode.UnprocessableEntity);
        problem.Refusal().ShouldBe(["TMR1102"]);
        badRevision.ShouldBe(HttpStatusCode.BadRequest);
        gitProblem.Str("detail").ShouldContain("'no-such-rev' names no commit");
        option.ShouldBe(HttpStatusCode.BadRequest);
        File.Exists(written).ShouldBeFalse();
        inside.ShouldBe(HttpStatusCode.OK);
        review.GetProperty("assignment").GetProperty("changedFiles").EnumerateArray().Select(e => e.GetString()).ShouldBe(["src/auth/login.ts"]);
    }

    private static void Write(string root, string relative)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "export {};\n");
    }

    private static void Git(string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = directory, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var (key, value) in new[] { ("GIT_AUTHOR_NAME", "t"), ("GIT_AUTHOR_EMAIL", "t@example.com"), ("GIT_COMMITTER_NAME", "t"), ("GIT_COMMITTER_EMAIL", "t@example.com") })
        {
            start.Environment[key] = value;
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        process.WaitForExit();
        process.ExitCode.ShouldBe(0, "git " + string.Join(" ", arguments) + ": " + process.StandardError.ReadToEnd());
    }
}
