using System.Net;
using Tamer.Spec.Testing;

namespace Tamer.Spec.Host.Tests;

/// <summary>
/// An assignment hands the agent what the project remembers about its Work Item: the registry
/// invariants that govern its write paths and the rejected designs it resembles, from the
/// registry and the log beside the Work Items (the example ones).
/// </summary>
public sealed class MemoryPayloadTests
{
    private static HostFolders WithMemory(string configuration = "# the registry and the log at their default places\n")
    {
        var folders = HostFolders.CopyOf(RepositoryPaths.InRepository("examples", "memory"));
        File.WriteAllText(Path.Combine(folders.Root, ".tamer.yml"), configuration);
        foreach (var from in new[] { "invariants", "decisions/rejected" })
        {
            var target = Path.Combine(folders.Root, from);
            Directory.CreateDirectory(target);
            foreach (var file in Directory.GetFiles(RepositoryPaths.InRepository(["examples", .. from.Split('/')]), "*.md"))
            {
                File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
            }
        }

        return folders;
    }

    [Fact]
    public async Task A_Work_Item_that_writes_governed_paths_is_assigned_with_its_invariants_and_a_near_miss_with_none()
    {
        await using var host = await RunningHost.StartAsync(WithMemory());
        var alice = host.As("alice");

        var (status, created) = await alice.AssignAsync("WI-MEM-0102");
        var (elsewhereStatus, elsewhere) = await alice.AssignAsync("WI-MEM-0105");
        var (_, shown) = await alice.GetJsonAsync("/v1/assignments/" + created.Str("id"));

        status.ShouldBe(HttpStatusCode.Created);
        var invariant = created.GetProperty("memory").GetProperty("invariants").EnumerateArray().ShouldHaveSingleItem();
        invariant.Str("id").ShouldBe("INV-TENANT-001");
        invariant.Str("statement").ShouldBe("every query is filtered by the caller's tenant id");
        invariant.Str("consequence").ShouldBe("one customer reads another customer's data");
        invariant.GetProperty("governs").EnumerateArray().Select(p => p.GetString()).ShouldBe(["src/tenancy/logging.ts"]);
        shown.GetProperty("memory").GetProperty("invariants")[0].Str("id").ShouldBe("INV-TENANT-001");
        elsewhereStatus.ShouldBe(HttpStatusCode.Created);
        elsewhere.TryGetProperty("memory", out _).ShouldBeFalse("'Profile avatar upload size limit' writes no governed path and shares only 'profile' with RD-0007");
    }

    [Fact]
    public async Task A_Work_Item_that_resembles_a_rejected_design_is_assigned_with_the_record_and_its_reason()
    {
        await using var host = await RunningHost.StartAsync(WithMemory());

        var (status, created) = await host.As("bob").AssignAsync("WI-MEM-0104");

        status.ShouldBe(HttpStatusCode.Created);
        var design = created.GetProperty("memory").GetProperty("rejectedDesigns").EnumerateArray().ShouldHaveSingleItem();
        design.Str("id").ShouldBe("RD-0007");
        design.Str("title").ShouldBe("Cache user profiles in Redis with write-through");
        design.Str("reason").ShouldStartWith("a second store for profiles doubled the ways they go stale");
        design.GetProperty("sharedWords").EnumerateArray().Select(w => w.GetString()).ShouldContain("redis");
        design.GetProperty("similarity").GetInt32().ShouldBeGreaterThanOrEqualTo(50);
    }

    [Fact]
    public async Task A_team_that_turned_the_memory_axis_off_gets_no_memory_in_its_assignments()
    {
        await using var host = await RunningHost.StartAsync(WithMemory("rules:\n  memory: off\n"));

        var (status, created) = await host.As("alice").AssignAsync("WI-MEM-0102");

        status.ShouldBe(HttpStatusCode.Created);
        created.TryGetProperty("memory", out _).ShouldBeFalse("the memory axis is off, so the registry and the log are not the gate's to hand out");
    }
}
