using Tamer.Spec.Testing;

namespace Tamer.Spec.Analyzers.Tests;

/// <summary>
/// The analyzer reads a Work Item in the format the <c>formats:</c> globs of <c>.tamer.yml</c> (an
/// AdditionalFile) give it, as the command line does, and in the one its path says otherwise.
/// </summary>
public sealed class FormatAssignmentTests
{
    private const string Root = "/repo";

    private const string Task = BacklogTasks.RateLimitWithOneVagueCriterion;

    private static async Task<List<Located>> Lint(string? configuration)
    {
        var project = new TestProject(Root).WorkItem("planning/task-7 - Rate-limit.md", Task, kind: "WorkItem");
        if (configuration is not null)
        {
            project = project.Configuration(configuration);
        }

        return (await project.AnalyzeAsync()).Select(d => Located.From(d, Root)).ToList();
    }

    [Fact]
    public async Task A_file_under_a_glob_mapped_to_backlog_md_is_read_as_a_Backlog_md_task()
    {
        var found = await Lint("formats:\n  \"planning/**\": backlog-md\n");

        found.ShouldNotContain(d => d.Id.StartsWith("TMR00", StringComparison.Ordinal));
        found.ShouldContain(d => d.Id == "TMR2005" && d.Message.StartsWith("criterion #2: 'fast'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Near_miss_without_the_glob_the_file_is_a_native_Work_Item_with_format_errors()
    {
        var found = await Lint(null);

        found.ShouldContain(d => d.Id.StartsWith("TMR00", StringComparison.Ordinal));
    }
}
