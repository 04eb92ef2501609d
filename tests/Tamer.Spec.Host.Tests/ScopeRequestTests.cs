using System.Diagnostics;
using System.Net;

namespace Tamer.Spec.Host.Tests;

/// <summary>
/// Scope that grows only by consent, on a real Kestrel: a worker asks, a lead (never the same
/// worker) approves or denies, the drift check sees the approved paths, a forbidden path needs an
/// explicit override, and a drift refusal says how to undo or ask for each path.
/// </summary>
public sealed class ScopeRequestTests
{
    [Fact]
    public async Task A_drifting_submission_passes_once_a_lead_approves_the_path_and_still_fails_after_a_deny()
    {
        await using var host = await RunningHost.StartAsync(IndependentWorkItems.Folders(2));
        var alice = host.As("alice");
        var carol = host.As("carol");
        var approvedAssignment = (await alice.AssignAsync(IndependentWorkItems.Id(0))).Body.Str("id");
        var deniedAssignment = (await alice.AssignAsync(IndependentWorkItems.Id(1))).Body.Str("id");

        var (before, refusal) = await alice.SubmitAsync(approvedAssignment, "src/m0/a.ts", "src/extra.ts");
        var (asked, request) = await alice.RequestScopeAsync(approvedAssignment, "the adapter lives outside src/m0", "src/extra.ts");
        var (pendingStatus, pendingRefusal) = await alice.SubmitAsync(approvedAssignment, "src/m0/a.ts", "src/extra.ts");
        var (approved, decision) = await carol.DecideAsync(request.Str("id"), "approve", "it belongs to this change");
        var (after, review) = await alice.SubmitAsync(approvedAssignment, "src/m0/a.ts", "src/extra.ts");

        before.ShouldBe(HttpStatusCode.UnprocessableEntity);
        refusal.Refusal().ShouldBe(["TMR1101"]);
        var remedy = refusal.GetProperty("outsideScope").EnumerateArray().Single();
        remedy.Str("path").ShouldBe("src/extra.ts");
        remedy.Str("request").ShouldBe("/v1/assignments/" + approvedAssignment + "/scope-requests");
        remedy.TryGetProperty("restore", out _).ShouldBeFalse("a list of paths names no base to restore from");
        remedy.TryGetProperty("pendingRequest", out _).ShouldBeFalse();
        asked.ShouldBe(HttpStatusCode.Accepted);
        (request.Str("state"), request.Str("worker"), request.Str("access")).ShouldBe(("pending", "alice", "write"));
        pendingStatus.ShouldBe(HttpStatusCode.UnprocessableEntity, "a pending request grants nothing");
        pendingRefusal.GetProperty("outsideScope")[0].Str("pendingRequest").ShouldBe(request.Str("id"));
        approved.ShouldBe(HttpStatusCode.OK);
        (decision.Str("state"), decision.Str("decidedBy")).ShouldBe(("approved", "carol"));
        after.ShouldBe(HttpStatusCode.OK);
        review.GetProperty("assignment").Str("status").ShouldBe("review");

        var (_, deniedRequest) = await alice.RequestScopeAsync(deniedAssignment, "the adapter lives outside src/m1", "src/extra.ts");
        var (denied, _) = await carol.DecideAsync(deniedRequest.Str("id"), "deny", "keep the adapter out of this change");
        var (afterDeny, deniedRefusal) = await alice.SubmitAsync(deniedAssignment, "src/m1/a.ts", "src/extra.ts");
        denied.ShouldBe(HttpStatusCode.OK);
        afterDeny.ShouldBe(HttpStatusCode.UnprocessableEntity);
        deniedRefusal.Refusal().ShouldBe(["TMR1101"]);

        var (_, view) = await alice.GetJsonAsync("/v1/assignments/" + approvedAssignment);
        view.GetProperty("scope").GetProperty("write").EnumerateArray().Select(e => e.GetString()).ShouldBe(["src/m0/"], "the file's scope, unchanged");
        var grant = view.GetProperty("grants").EnumerateArray().Single();
        (grant.Str("request"), grant.Str("decidedBy")).ShouldBe((request.Str("id"), "carol"));
        grant.GetProperty("paths").EnumerateArray().Select(e => e.GetString()).ShouldBe(["src/extra.ts"]);
        File.ReadAllText(Path.Combine(host.Folders.WorkItems, "load-0.md")).ShouldNotContain("extra", Case.Sensitive, "the host never edits the Work Item");
        host.LedgerEvents().Select(e => e.Str("type")).ShouldBe(["assigned", "assigned", "drift-refused", "scope-requested", "drift-refused", "scope-decided", "submitted", "scope-requested", "scope-decided", "drift-refused"]);
    }

    [Fact]
    public async Task Only_a_lead_who_is_not_the_requester_decides_and_a_token_without_roles_is_a_worker()
    {
        await using var host = await RunningHost.StartAsync(IndependentWorkItems.Folders(2));
        var alice = host.As("alice");
        var dave = host.As("dave");
        var assignment = (await alice.AssignAsync(IndependentWorkItems.Id(0))).Body.Str("id");
        var request = (await alice.RequestScopeAsync(assignment, "needs the shared helper", "src/shared/helper.ts")).Body.Str("id");
        var daves = (await dave.AssignAsync(IndependentWorkItems.Id(1))).Body.Str("id");
        var davesRequest = (await dave.RequestScopeAsync(daves, "needs the shared helper", "src/shared/helper.ts")).Body.Str("id");

        var (own, ownProblem) = await alice.DecideAsync(request, "approve", "mine");
        var (worker, workerProblem) = await host.As("bob").DecideAsync(request, "approve", "looks fine");
        var (leadOwn, leadOwnProblem) = await dave.DecideAsync(davesRequest, "approve", "mine");
        var (leadOnlyAssigns, leadOnlyProblem) = await host.As("carol").AssignAsync(IndependentWorkItems.Id(1));
        var (othersAssignment, _) = await host.As("bob").RequestScopeAsync(assignment, "not mine", "src/x.ts");
        var (decided, _) = await dave.DecideAsync(request, "deny", "not in this change");
        var (twice, twiceProblem) = await host.As("carol").DecideAsync(request, "approve", "changed my mind");

        own.ShouldBe(HttpStatusCode.Forbidden);
        ownProblem.Str("detail").ShouldBe("this request needs the role lead; the token of 'alice' has worker");
        worker.ShouldBe(HttpStatusCode.Forbidden);
        workerProblem.Str("detail").ShouldContain("needs the role lead");
        leadOwn.ShouldBe(HttpStatusCode.Forbidden);
        leadOwnProblem.Str("title").ShouldBe("Your own request");
        leadOnlyAssigns.ShouldBe(HttpStatusCode.Forbidden, "carol's line says lead only");
        leadOnlyProblem.Str("detail").ShouldBe("this request needs the role worker; the token of 'carol' has lead");
        othersAssignment.ShouldBe(HttpStatusCode.Forbidden);
        decided.ShouldBe(HttpStatusCode.OK);
        twice.ShouldBe(HttpStatusCode.Conflict);
        twiceProblem.Str("detail").ShouldBe("scope request " + request + " was already denied by dave");
        var (_, pendingForCarol) = await host.As("carol").GetJsonAsync("/v1/scope-requests?state=pending");
        var (_, allForBob) = await host.As("bob").GetJsonAsync("/v1/scope-requests");
        pendingForCarol.EnumerateArray().Select(r => r.Str("id")).ShouldBe([davesRequest]);
        allForBob.GetArrayLength().ShouldBe(0, "a worker sees the requests it made");
        (await host.As("carol").GetJsonAsync("/v1/scope-requests?state=maybe")).Status.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_forbidden_path_is_granted_only_with_override_forbidden_and_the_ledger_names_the_lead()
    {
        await using var host = await RunningHost.StartAsync(IndependentWorkItems.Folders(1));
        var alice = host.As("alice");
        var carol = host.As("carol");
        var assignment = (await alice.AssignAsync(IndependentWorkItems.Id(0))).Body.Str("id");
        string[] change = ["src/m0/a.ts", "src/billing/invoice.ts"];

        var first = (await alice.RequestScopeAsync(assignment, "the invoice needs the new field", "src/billing/invoice.ts")).Body.Str("id");
        var (_, withoutOverride) = await carol.DecideAsync(first, "approve", "fine by me");
        var (stillRefused, refusal) = await alice.SubmitAsync(assignment, change);
        var second = (await alice.RequestScopeAsync(assignment, "the invoice needs the new field", "src/billing/invoice.ts")).Body.Str("id");
        var (_, withOverride) = await carol.DecideAsync(second, "approve", "billing agreed to this one file", overrideForbidden: true);
        var (passes, _) = await alice.SubmitAsync(assignment, change);

        withoutOverride.GetProperty("stillForbidden").EnumerateArray().Select(e => e.GetString()).ShouldBe(["src/billing/invoice.ts"]);
        withoutOverride.GetProperty("overrideForbidden").GetBoolean().ShouldBeFalse();
        stillRefused.ShouldBe(HttpStatusCode.UnprocessableEntity);
        refusal.Refusal().ShouldBe(["TMR1102"]);
        refusal.GetProperty("outsideScope")[0].GetProperty("forbidden").GetBoolean().ShouldBeTrue();
        withOverride.GetProperty("overrideForbidden").GetBoolean().ShouldBeTrue();
        withOverride.TryGetProperty("stillForbidden", out _).ShouldBeFalse();
        passes.ShouldBe(HttpStatusCode.OK);
        var decisions = host.LedgerEvents().Where(e => e.Str("type") == "scope-decided").ToList();
        decisions.Select(e => (e.Str("request"), e.Str("worker"), e.TryGetProperty("overrideForbidden", out var o) && o.GetBoolean())).ShouldBe([(first, "carol", false), (second, "carol", true)]);
    }

    [Fact]
    public async Task A_drift_refusal_for_a_git_range_gives_each_path_its_restore_command_and_the_pending_request()
    {
        using var folders = IndependentWorkItems.Folders(1);
        File.WriteAllText(Path.Combine(folders.Root, ".gitignore"), "data/\n");
        Git(folders.Root, "init", "-q", "-b", "main");
        Git(folders.Root, "add", "-A");
        Git(folders.Root, "commit", "-q", "-m", "work items");
        Write(folders.Root, "src/extra.ts", "export const extra = 0;\n");
        Git(folders.Root, "add", "-A");
        Git(folders.Root, "commit", "-q", "-m", "an existing adapter");
        Write(folders.Root, "src/m0/a.ts", "export const a = 1;\n");
        Write(folders.Root, "src/extra.ts", "export const extra = 1;\n");
        Write(folders.Root, "src/it's odd.ts", "export {};\n");
        await using var host = await RunningHost.StartAsync(folders);
        var alice = host.As("alice");
        var assignment = (await alice.AssignAsync(IndependentWorkItems.Id(0))).Body.Str("id");
        var pending = (await alice.RequestScopeAsync(assignment, "the adapter", "src/extra.ts")).Body.Str("id");

        var (status, refusal) = await alice.PostJsonAsync("/v1/assignments/" + assignment + "/submissions", "{\"base\": \"HEAD\"}");

        status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var remedies = refusal.GetProperty("outsideScope").EnumerateArray().ToDictionary(r => r.Str("path"));
        remedies.Keys.Order().ShouldBe(["src/extra.ts", "src/it's odd.ts"]);
        remedies["src/extra.ts"].Str("restore").ShouldBe("git restore --source=HEAD -- src/extra.ts");
        remedies["src/extra.ts"].Str("pendingRequest").ShouldBe(pending);
        remedies["src/it's odd.ts"].Str("restore").ShouldBe("rm -- 'src/it'\\''s odd.ts'", "a new file git does not track is reverted by removing it");
        remedies["src/it's odd.ts"].TryGetProperty("pendingRequest", out _).ShouldBeFalse();
        remedies["src/extra.ts"].GetProperty("diagnostics").EnumerateArray().Select(e => e.GetString()).ShouldBe(["TMR1101"]);

        foreach (var remedy in remedies.Values)
        {
            Shell(folders.Root, remedy.Str("restore"));
        }

        var (clean, _) = await alice.PostJsonAsync("/v1/assignments/" + assignment + "/submissions", "{\"base\": \"HEAD\"}");
        clean.ShouldBe(HttpStatusCode.OK, "after the restore commands only the change inside the scope is left");
        File.Exists(Path.Combine(folders.Root, "src", "m0", "a.ts")).ShouldBeTrue();
        File.ReadAllText(Path.Combine(folders.Root, "src", "extra.ts")).ShouldBe("export const extra = 0;\n", "restored as it was at the base");
    }

    private static void Write(string root, string relative, string content)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }

    private static void Shell(string directory, string command) => Run(directory, "sh", "-c", command);

    private static void Git(string directory, params string[] arguments) => Run(directory, ["git", .. arguments]);

    private static void Run(string directory, params string[] command)
    {
        var start = new ProcessStartInfo(command[0]) { WorkingDirectory = directory, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var (key, value) in new[] { ("GIT_AUTHOR_NAME", "t"), ("GIT_AUTHOR_EMAIL", "t@example.com"), ("GIT_COMMITTER_NAME", "t"), ("GIT_COMMITTER_EMAIL", "t@example.com") })
        {
            start.Environment[key] = value;
        }

        foreach (var argument in command.Skip(1))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        process.WaitForExit();
        process.ExitCode.ShouldBe(0, string.Join(" ", command) + ": " + process.StandardError.ReadToEnd());
    }
}
