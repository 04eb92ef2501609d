using Tamer.Spec.Testing;

namespace Tamer.Spec.Cli.Tests;

/// <summary>
/// <c>tamer-lint lint</c> on the formats teams already write: a Backlog.md folder linted as it is,
/// <c>--fix</c> writing in the task's own form, and <c>formats:</c> in <c>.tamer.yml</c>.
/// </summary>
public sealed class FormatProfileCommandTests
{
    private const string TaskPath = "backlog/tasks/task-7 - Rate-limit-failed-logins.md";

    private const string Task = """
        ---
        id: task-7
        title: Rate-limit failed logins
        status: In Progress
        assignee:
          - '@alice'
        created_date: '2025-07-02 10:15'
        labels: [auth]
        dependencies: [task-99]
        ---

        ## Description

        Stop password guessing on the login endpoint.

        ## Acceptance Criteria
        <!-- AC:BEGIN -->
        - [ ] #1 POST /login with a wrong password returns 401 and increments the counter auth.rate_limit.by_ip
        - [ ] #2 The login page feels fast and user-friendly
        <!-- AC:END -->

        ## Definition of Done
        <!-- DOD:BEGIN -->
        - [ ] #1 Tests pass
        <!-- DOD:END -->

        """;

    [Fact]
    public void A_Backlog_md_task_gets_no_format_error_its_vague_criterion_is_2_at_its_place_and_an_unknown_dependency_is_TMR4001()
    {
        using var folder = new TemporaryDirectory();
        folder.Write(TaskPath, Task);

        var outcome = CliRun.InProcess(folder.Path, "lint", "backlog");

        outcome.OutputLines.ShouldNotContain(l => l.Contains(" TMR00", StringComparison.Ordinal));
        outcome.OutputLines.ShouldContain(TaskPath + "(9,16): error TMR4001: depends_on names 'task-99', which no Work Item in the workspace has; in a Backlog.md task, depends_on is the 'dependencies' list [dependencies@2.1.0]");
        outcome.OutputLines.ShouldContain(l => l.StartsWith(TaskPath + "(19,31): warning TMR2005: criterion #2: 'fast' is subjective", StringComparison.Ordinal));
        outcome.OutputLines.ShouldNotContain(l => l.Contains("criterion #1", StringComparison.Ordinal));
        outcome.ExitCode.ShouldBe(1);
    }

    [Fact]
    public void Near_miss_a_dependency_on_a_done_task_of_the_folder_is_no_diagnostic()
    {
        using var folder = new TemporaryDirectory();
        folder.Write(TaskPath, Task);
        folder.Write("backlog/completed/task-99 - Session-store.md", "---\nid: task-99\ntitle: Session store\nstatus: Done\n---\n");

        var outcome = CliRun.InProcess(folder.Path, "lint", "backlog");

        outcome.OutputLines.ShouldNotContain(l => l.Contains(" TMR4", StringComparison.Ordinal));
    }

    [Fact]
    public void A_dependency_on_a_task_in_the_last_column_of_the_repositorys_own_status_list_is_done()
    {
        using var folder = new TemporaryDirectory();
        folder.Write(TaskPath, Task);
        folder.Write("backlog/tasks/task-99 - Session-store.md", "---\nid: task-99\ntitle: Session store\nstatus: Shipped\n---\n");
        var before = CliRun.InProcess(folder.Path, "lint", "backlog");
        folder.Write("backlog/config.yml", "project_name: \"Logins\"\nstatuses: [\"To Do\", \"In Progress\", \"Shipped\"]\n");

        var after = CliRun.InProcess(folder.Path, "lint", "backlog");

        before.OutputLines.ShouldContain(l => l.StartsWith(TaskPath + "(9,16): error TMR4002: dependency task-99 is in_progress", StringComparison.Ordinal));
        after.OutputLines.ShouldNotContain(l => l.Contains(" TMR4", StringComparison.Ordinal));
        after.ErrorLines.ShouldNotContain(l => l.Contains("TMR9001", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unreadable_status_list_is_a_warning_at_its_place_and_the_default_statuses_apply()
    {
        using var folder = new TemporaryDirectory();
        folder.Write(TaskPath, Task.Replace("dependencies: [task-99]", "dependencies: []", StringComparison.Ordinal));
        folder.Write("backlog/config.yml", "project_name: x\nstatuses: To Do\n");

        var outcome = CliRun.InProcess(folder.Path, "lint", "backlog");

        outcome.OutputLines.Concat(outcome.ErrorLines).ShouldContain(l => l.StartsWith("backlog/config.yml(2,11): warning TMR9001: invalid configuration: backlog/config.yml: 'statuses' is a string, not a list of status names; Backlog.md's default statuses are used", StringComparison.Ordinal), outcome.Output + outcome.Error);
        outcome.OutputLines.ShouldNotContain(l => l.Contains(" TMR00", StringComparison.Ordinal));
    }

    [Fact]
    public void Fix_numbers_criteria_with_the_tasks_own_numbers_and_leaves_the_rest_of_the_file_byte_for_byte()
    {
        using var folder = new TemporaryDirectory();
        var text = Task.Replace("- [ ] #2 The login page feels fast and user-friendly", "- [ ] #2 The login page feels fast and user-friendly\n- [ ] A locked account's login returns 423", StringComparison.Ordinal);
        folder.Write(TaskPath, text);

        var first = CliRun.InProcess(folder.Path, "lint", "backlog", "--fix");
        var afterFirst = File.ReadAllText(Path.Combine(folder.Path, TaskPath));
        var second = CliRun.InProcess(folder.Path, "lint", "backlog", "--fix");

        first.ErrorLines.ShouldContain(l => l.StartsWith("tamer-lint: fixed " + TaskPath + ": TMR2006 ", StringComparison.Ordinal));
        afterFirst.ShouldBe(text.Replace("- [ ] A locked", "- [ ] #3 A locked", StringComparison.Ordinal));
        second.ErrorLines.ShouldContain("tamer-lint: --fix changed no file");
        File.ReadAllText(Path.Combine(folder.Path, TaskPath)).ShouldBe(afterFirst);
    }

    [Fact]
    public void A_formats_glob_reads_a_folder_of_another_name_as_Backlog_md()
    {
        using var folder = new TemporaryDirectory();
        folder.Write("planning/task-7 - Rate-limit-failed-logins.md", Task.Replace("dependencies: [task-99]", "dependencies: []", StringComparison.Ordinal));
        folder.Write(".tamer.yml", "include: [\"planning/**/*.md\"]\nformats:\n  \"planning/**\": backlog-md\n");

        var outcome = CliRun.InProcess(folder.Path, "lint");

        outcome.OutputLines.ShouldNotContain(l => l.Contains(" TMR00", StringComparison.Ordinal));
        outcome.OutputLines.ShouldContain(l => l.Contains("TMR2005: criterion #2", StringComparison.Ordinal));
    }

    [Fact]
    public void Near_miss_without_the_glob_the_same_file_is_a_native_Work_Item_with_a_malformed_id()
    {
        using var folder = new TemporaryDirectory();
        folder.Write("planning/task-7 - Rate-limit-failed-logins.md", Task.Replace("dependencies: [task-99]", "dependencies: []", StringComparison.Ordinal));
        folder.Write(".tamer.yml", "include: [\"planning/**/*.md\"]\n");

        var outcome = CliRun.InProcess(folder.Path, "lint");

        outcome.OutputLines.ShouldContain(l => l.StartsWith("planning/task-7 - Rate-limit-failed-logins.md(2,5): error TMR0004: ", StringComparison.Ordinal));
    }
}
