using Tamer.Spec.Testing;

namespace Tamer.Spec.Build.Tests;

/// <summary>
/// The MSBuild task reads a Work Item in the format the <c>formats:</c> globs of <c>.tamer.yml</c>
/// give it, as the command line does, and in the one its path says otherwise.
/// </summary>
public sealed class FormatAssignmentTests
{
    private const string TaskPath = "planning/task-7 - Rate-limit.md";

    private const string Task = BacklogTasks.RateLimitWithOneVagueCriterion;

    private static MsBuildOutcome Run(TemporaryDirectory folder, string? configuration)
    {
        folder.Write(TaskPath, Task);
        if (configuration is not null)
        {
            folder.Write(".tamer.yml", configuration);
        }

        return MsBuildRun.Lint(folder, "    <TamerWorkItem Include=\"planning/**/*.md\" />\n");
    }

    [Fact]
    public void A_file_under_a_glob_mapped_to_backlog_md_is_read_as_a_Backlog_md_task()
    {
        using var folder = new TemporaryDirectory();

        var outcome = Run(folder, "formats:\n  \"planning/**\": backlog-md\n");

        outcome.Output.ShouldNotContain(" TMR00", Case.Sensitive, outcome.ToString());
        outcome.OutputLines.ShouldContain(l => l.Contains("warning TMR2005: criterion #2: 'fast'", StringComparison.Ordinal), outcome.ToString());
    }

    [Fact]
    public void Near_miss_without_the_glob_the_file_is_a_native_Work_Item_with_format_errors()
    {
        using var folder = new TemporaryDirectory();

        var outcome = Run(folder, null);

        outcome.Output.ShouldContain(" TMR00", Case.Sensitive, outcome.ToString());
        outcome.ExitCode.ShouldBe(1, outcome.ToString());
    }
}
