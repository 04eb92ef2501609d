using System.Net;

namespace Tamer.Spec.Host.Tests;

/// <summary>The gate at assignment time, on the shared examples and on a dependency chain.</summary>
public sealed class GateTests
{
    [Fact]
    public async Task A_refused_Work_Item_is_422_with_its_refusal_codes_and_a_complete_one_is_201_then_409()
    {
        await using var host = await RunningHost.StartAsync(HostFolders.Examples());
        var alice = host.As("alice");

        var (refusedStatus, refused) = await alice.AssignAsync("WI-PROFILE-0005");
        var (createdStatus, created) = await alice.AssignAsync("WI-AUTH-0042");
        var (againStatus, again) = await host.As("bob").AssignAsync("WI-AUTH-0042");

        refusedStatus.ShouldBe(HttpStatusCode.UnprocessableEntity);
        refused.Refusal().ShouldBe(["TMR5001"]);
        refused.DiagnosticIds().ShouldContain("TMR5001");
        createdStatus.ShouldBe(HttpStatusCode.Created);
        created.Str("workItemId").ShouldBe("WI-AUTH-0042");
        created.Str("status").ShouldBe("in_progress");
        againStatus.ShouldBe(HttpStatusCode.Conflict);
        again.Str("detail").ShouldContain("already assigned to alice");
        var (_, item) = await alice.GetJsonAsync("/v1/work-items/WI-AUTH-0042");
        item.Str("status").ShouldBe("in_progress");
        item.GetProperty("assignment").Str("id").ShouldBe(created.Str("id"));
    }

    [Theory]
    [InlineData("WI-UI-0007", new[] { "TMR1002", "TMR1004", "TMR2002" })]
    [InlineData("WI-API-0100", new[] { "TMR2002" })]
    [InlineData("WI-CYCLE-B", new[] { "TMR4001", "TMR4002", "TMR4003" })]
    public async Task The_refusal_lists_every_error_the_command_line_reports(string id, string[] codes)
    {
        await using var host = await RunningHost.StartAsync(HostFolders.Examples());

        var (status, problem) = await host.As("alice").AssignAsync(id);

        status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        problem.Refusal().Order().ShouldBe(codes);
    }

    [Fact]
    public async Task Unknown_ids_are_404_and_a_Work_Item_that_is_not_ready_is_409()
    {
        await using var host = await RunningHost.StartAsync(HostFolders.Examples());
        var alice = host.As("alice");

        (await alice.AssignAsync("WI-NOPE-0001")).Status.ShouldBe(HttpStatusCode.NotFound);
        (await alice.AssignAsync("..%2F..%2Fetc%2Fpasswd")).Status.ShouldBe(HttpStatusCode.NotFound);
        var (status, problem) = await alice.AssignAsync("WI-AUTH-IMPL");
        status.ShouldBe(HttpStatusCode.Conflict);
        problem.Str("detail").ShouldContain("in_progress; only a ready Work Item can be assigned");
        (await alice.AssignAsync("WI-AUTH-0041")).Status.ShouldBe(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_dependent_is_refused_until_its_dependency_is_completed()
    {
        await using var host = await RunningHost.StartAsync(HostFolders.Fixture("chain"));
        var alice = host.As("alice");

        var (before, refusal) = await alice.AssignAsync("WI-CHAIN-B");
        var (_, first) = await alice.AssignAsync("WI-CHAIN-A");
        var whileInProgress = (await alice.AssignAsync("WI-CHAIN-B")).Status;
        (await alice.SubmitAsync(first.Str("id"), "src/attempts/store.ts", "tests/attempts/store.test.ts")).Status.ShouldBe(HttpStatusCode.OK);
        var whileInReview = (await alice.AssignAsync("WI-CHAIN-B")).Status;
        (await alice.CompleteAsync(first.Str("id"))).Status.ShouldBe(HttpStatusCode.OK);
        var (after, second) = await host.As("bob").AssignAsync("WI-CHAIN-B");

        before.ShouldBe(HttpStatusCode.UnprocessableEntity);
        refusal.Refusal().ShouldBe(["TMR4002"]);
        whileInProgress.ShouldBe(HttpStatusCode.UnprocessableEntity);
        whileInReview.ShouldBe(HttpStatusCode.UnprocessableEntity);
        after.ShouldBe(HttpStatusCode.Created);
        second.Str("worker").ShouldBe("bob");
        var (_, done) = await alice.GetJsonAsync("/v1/work-items/WI-CHAIN-A");
        done.Str("status").ShouldBe("done");
    }

    [Fact]
    public async Task The_host_never_writes_a_Work_Item_file()
    {
        using var folders = HostFolders.Fixture("chain");
        var before = Directory.GetFiles(folders.WorkItems).ToDictionary(f => f, File.ReadAllBytes);
        await using (var host = await RunningHost.StartAsync(folders))
        {
            host.KeepFolders = true;
            var alice = host.As("alice");
            var (_, assignment) = await alice.AssignAsync("WI-CHAIN-A");
            await alice.SubmitAsync(assignment.Str("id"), "src/attempts/store.ts");
            await alice.CompleteAsync(assignment.Str("id"));
            await alice.AssignAsync("WI-CHAIN-B");
        }

        var after = Directory.GetFiles(folders.WorkItems).ToDictionary(f => f, File.ReadAllBytes);
        after.Keys.Order().ShouldBe(before.Keys.Order());
        foreach (var (file, bytes) in before)
        {
            after[file].ShouldBe(bytes, file);
        }
    }
}
