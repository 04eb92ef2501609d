using System.Text.Json;

namespace Tamer.Spec.Cli.Tests.Metrics;

/// <summary><c>tamer-lint metrics</c> reads each snapshot's files in the format its <c>formats:</c> globs give them.</summary>
public sealed class MetricsFormatsTests
{
    private const string Task = """
        ---
        id: task-7
        title: Rate-limit failed logins
        status: In Progress
        dependencies: []
        ---

        ## Acceptance Criteria
        <!-- AC:BEGIN -->
        - [ ] #1 POST /login with a wrong password returns 401
        <!-- AC:END -->
        """;

    private static int RefusedByFormat(string configuration)
    {
        using var history = new DatedHistory();
        history.Write(".tamer.yml", configuration);
        history.Write("planning/task-7 - Rate-limit.md", Task);
        history.CommitAt(DateTimeOffset.UtcNow.AddDays(-2), "plan");

        var outcome = CliRun.InProcess(history.Path, "metrics", "--since", "2w", "--format", "json");

        outcome.ExitCode.ShouldBe(0, outcome.Error);
        using var report = JsonDocument.Parse(outcome.Output);
        var last = report.RootElement.GetProperty("weeks").EnumerateArray().Last();
        last.GetProperty("workItems").GetInt32().ShouldBe(1);
        return last.GetProperty("refusedByAxis").GetProperty("format").GetInt32();
    }

    [Fact]
    public void A_file_under_a_glob_mapped_to_backlog_md_is_read_as_a_task_and_a_near_miss_without_it_is_refused_as_native()
    {
        Assert.SkipUnless(Git.IsInstalled, "git is not installed on this machine; metrics reads the history from git");

        RefusedByFormat("include: [\"planning/**/*.md\"]\nformats:\n  \"planning/**\": backlog-md\n").ShouldBe(0);
        RefusedByFormat("include: [\"planning/**/*.md\"]\n").ShouldBe(1);
    }
}
