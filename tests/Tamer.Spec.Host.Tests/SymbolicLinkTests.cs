using System.Net;
using Tamer.Spec.Testing;

namespace Tamer.Spec.Host.Tests;

/// <summary>
/// The host reads its Work Items folder with the same walk as tamer-lint: a link back to a parent
/// adds nothing, and a link that leaves the folder's repository (here: the folder itself) is not followed.
/// </summary>
public sealed class SymbolicLinkTests
{
    [Fact]
    public async Task A_link_to_the_parent_and_a_link_outside_leave_the_list_as_it_was()
    {
        using var outside = new TemporaryDirectory();
        outside.Write("elsewhere.md", File.ReadAllText(Path.Combine(RepositoryPaths.Shared, "examples", "work-items", "auth-login-rate-limit.md")).Replace("WI-AUTH-0042", "WI-OUT-0001", StringComparison.Ordinal));
        var folders = HostFolders.Examples();
        Directory.CreateSymbolicLink(Path.Combine(folders.WorkItems, "loop"), "..");
        Directory.CreateSymbolicLink(Path.Combine(folders.WorkItems, "outside"), outside.Path);
        await using var host = await RunningHost.StartAsync(folders);

        var (status, list) = await host.As("alice").GetJsonAsync("/v1/work-items");

        status.ShouldBe(HttpStatusCode.OK);
        var items = list.EnumerateArray().Select(i => (Id: i.Str("id"), Path: i.Str("path"))).ToList();
        items.Count.ShouldBe(10);
        items.Select(i => i.Id).ShouldNotContain("WI-OUT-0001");
        items.ShouldAllBe(i => !i.Path.StartsWith("loop/", StringComparison.Ordinal));
        (await host.As("alice").AssignAsync("WI-AUTH-0042")).Status.ShouldBe(HttpStatusCode.Created, "the Work Item is not a duplicate of itself");
    }
}
