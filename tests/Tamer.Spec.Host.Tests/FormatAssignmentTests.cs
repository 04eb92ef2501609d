using System.Net;
using Tamer.Spec.Testing;

namespace Tamer.Spec.Host.Tests;

/// <summary>
/// The host reads a served or posted Work Item in the format the <c>formats:</c> globs of
/// <c>.tamer.yml</c> give its path, as the command line does.
/// </summary>
public sealed class FormatAssignmentTests
{
    private const string Task = BacklogTasks.RateLimitWithOneVagueCriterion;

    [Fact]
    public async Task A_served_and_a_posted_file_under_a_glob_mapped_to_backlog_md_are_read_as_Backlog_md_tasks()
    {
        using var folders = HostFolders.Examples();
        File.WriteAllText(Path.Combine(folders.WorkItems, ".tamer.yml"), "formats:\n  \"planning/**\": backlog-md\n");
        Directory.CreateDirectory(Path.Combine(folders.WorkItems, "planning"));
        File.WriteAllText(Path.Combine(folders.WorkItems, "planning", "task-7 - Rate-limit.md"), Task);
        await using var host = await RunningHost.StartAsync(folders);
        var alice = host.As("alice");

        var (status, served) = await alice.GetJsonAsync("/v1/work-items/task-7");
        var (postedStatus, posted) = await WorkItemEndpointTests.Lint(alice, Task.Replace("task-7", "task-8", StringComparison.Ordinal), "planning/task-8 - Other.md");
        var (_, native) = await WorkItemEndpointTests.Lint(alice, Task.Replace("task-7", "task-8", StringComparison.Ordinal), "elsewhere/task-8 - Other.md");

        status.ShouldBe(HttpStatusCode.OK);
        postedStatus.ShouldBe(HttpStatusCode.OK);
        foreach (var report in new[] { served, posted })
        {
            var ids = report.GetProperty("diagnostics").EnumerateArray().Select(d => (Id: d.Str("id"), Message: d.Str("message"))).ToList();
            ids.ShouldNotContain(d => d.Id.StartsWith("TMR00", StringComparison.Ordinal));
            ids.ShouldContain(d => d.Id == "TMR2005" && d.Message.StartsWith("criterion #2: 'fast'", StringComparison.Ordinal));
        }

        native.GetProperty("diagnostics").EnumerateArray().ShouldContain(d => d.Str("id").StartsWith("TMR00", StringComparison.Ordinal), "outside the glob the file is a native Work Item");
    }
}
