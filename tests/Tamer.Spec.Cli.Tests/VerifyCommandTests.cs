using Tamer.Spec.Testing;

namespace Tamer.Spec.Cli.Tests;

/// <summary><c>tamer-lint verify</c>: a change checked against the scope of its Work Item, from git or from a list.</summary>
public sealed class VerifyCommandTests
{
    private const string WorkItem = """
        ---
        id: WI-PAY-0001
        title: Round invoice totals
        status: in_progress
        scope:
          write: [src/invoices/total.ts, tests/invoices/total.test.ts]
          read_only: [src/invoices/]
          forbidden: [src/billing/]
          extend_scope: false
        acceptance_criteria:
          - "AC-1: total(10.005) returns 10.01"
        estimate: { diff_lines: 20 }
        ---

        """;

    private static TemporaryDirectory Repository()
    {
        Assert.SkipUnless(Git.IsInstalled, "git is not installed on this machine; verify reads the change from git");
        var folder = new TemporaryDirectory();
        folder.Write("work-items/pay.md", WorkItem);
        folder.Write("src/invoices/total.ts", "export const total = 1;\n");
        folder.Write("src/invoices/format.ts", "export const format = 1;\n");
        folder.Write("src/billing/x.ts", "export const x = 1;\n");
        Git.Init(folder.Path);
        Git.CommitAll(folder.Path, "base");
        return folder;
    }

    [Fact]
    public void A_commit_that_touches_a_forbidden_path_is_TMR1102_and_exits_1()
    {
        using var folder = Repository();
        folder.Write("src/billing/x.ts", "export const x = 2;\n");
        Git.CommitAll(folder.Path, "touch billing");

        var outcome = CliRun.InProcess(folder.Path, "verify", "WI-PAY-0001", "--base", "HEAD~1", "--head", "HEAD");

        outcome.ExitCode.ShouldBe(1);
        outcome.OutputLines.ShouldContain("work-items/pay.md(8,15): error TMR1102: 'src/billing/x.ts' was changed, but WI-PAY-0001 forbids 'src/billing/' [scope@2.0.0]");
    }

    [Fact]
    public void A_commit_that_only_touches_write_paths_exits_0()
    {
        using var folder = Repository();
        folder.Write("src/invoices/total.ts", "export const total = 2;\n");
        folder.Write("tests/invoices/total.test.ts", "test();\n");
        Git.CommitAll(folder.Path, "the change");

        var outcome = CliRun.InProcess(folder.Path, "verify", "work-items/pay.md", "--base", "HEAD~1", "--head", "HEAD");

        outcome.ExitCode.ShouldBe(0, outcome.Output + outcome.Error);
        outcome.OutputLines.ShouldBe(new[] { "1 file checked: 0 refused (0 errors, 0 warnings, 0 infos)" });
    }

    [Fact]
    public void Renaming_a_write_file_out_of_scope_is_TMR1101_for_the_new_path()
    {
        using var folder = Repository();
        Directory.CreateDirectory(Path.Combine(folder.Path, "lib"));
        Git.Ok(folder.Path, "mv", "src/invoices/total.ts", "lib/x.ts");
        Git.CommitAll(folder.Path, "move");

        var outcome = CliRun.InProcess(folder.Path, "verify", "WI-PAY-0001", "--base", "HEAD~1", "--head", "HEAD", "--format", "json");

        outcome.ExitCode.ShouldBe(1);
        Json.Diagnostics(outcome.Output, "pay.md").ShouldBe(new[] { "TMR1101" });
        outcome.Output.ShouldContain("'lib/x.ts' was changed");
    }

    [Fact]
    public void Without_a_head_the_working_tree_counts_untracked_and_deleted_files_too()
    {
        using var folder = Repository();
        folder.Write("docs/new.md", "new\n");
        File.Delete(Path.Combine(folder.Path, "src", "invoices", "format.ts"));

        var outcome = CliRun.InProcess(folder.Path, "verify", "WI-PAY-0001", "--base", "HEAD");

        outcome.ExitCode.ShouldBe(1);
        outcome.OutputLines.ShouldContain(l => l.Contains("error TMR1101: 'docs/new.md' was changed", StringComparison.Ordinal));
        outcome.OutputLines.ShouldContain(l => l.Contains("error TMR1103: 'src/invoices/format.ts' was changed", StringComparison.Ordinal));
    }

    [Fact]
    public void A_plain_list_of_paths_works_without_git()
    {
        using var folder = new TemporaryDirectory();
        folder.Write("work-items/pay.md", WorkItem);
        var absolute = Path.Combine(folder.Path, "src", "billing", "y.ts");
        folder.Write("changed.txt", "src/invoices/total.ts\r\n\n./src/billing/x.ts\n" + absolute + "\n#notes.md\n");

        var outcome = CliRun.InProcess(folder.Path, "verify", "work-items/pay.md", "--changed", "changed.txt");

        outcome.ExitCode.ShouldBe(1);
        outcome.OutputLines.ShouldContain(l => l.Contains("error TMR1102: 'src/billing/x.ts' was changed", StringComparison.Ordinal));
        outcome.OutputLines.ShouldContain(l => l.Contains("error TMR1102: 'src/billing/y.ts' was changed", StringComparison.Ordinal), "an absolute path inside the repository counts as its relative path");
        outcome.OutputLines.ShouldContain(l => l.Contains("error TMR1101: '#notes.md' was changed", StringComparison.Ordinal), "every line is a path, even one that starts with #");
        outcome.OutputLines.Count(l => l.Contains(" TMR11", StringComparison.Ordinal)).ShouldBe(3);
    }

    [Theory]
    [InlineData("verify WI-PAY-0001", "verify needs --base REV (git) or --changed FILE (a list of paths), and/or --tests FILE... (test runs)")]
    [InlineData("verify WI-PAY-0001 --base HEAD --changed changed.txt", "verify takes either --base REV (git) or --changed FILE (a list of paths), not both")]
    [InlineData("verify WI-NOPE-0001 --changed changed.txt", "no Work Item file or id 'WI-NOPE-0001'")]
    [InlineData("verify WI-PAY-0001 --changed missing.txt", "cannot read the list of changed paths missing.txt")]
    public void Usage_problems_exit_2_with_one_line(string arguments, string message)
    {
        using var folder = new TemporaryDirectory();
        folder.Write("work-items/pay.md", WorkItem);
        folder.Write("changed.txt", "src/invoices/total.ts\n");

        var outcome = CliRun.InProcess(folder.Path, arguments.Split(' '));

        outcome.ExitCode.ShouldBe(2);
        outcome.ErrorLines.ShouldHaveSingleItem().ShouldContain(message);
    }

    [Fact]
    public void An_unknown_revision_is_a_usage_error_naming_it()
    {
        using var folder = Repository();

        var outcome = CliRun.InProcess(folder.Path, "verify", "WI-PAY-0001", "--base", "no-such-rev");

        outcome.ExitCode.ShouldBe(2);
        outcome.ErrorLines.ShouldHaveSingleItem().ShouldStartWith("tamer-lint: error: 'no-such-rev' names no commit in ");
    }

    [Theory]
    [InlineData("--base=--output=written-by-git.txt")]
    [InlineData("--base=--cached")]
    [InlineData("--base=HEAD --head=-p")]
    public void A_revision_that_looks_like_an_option_is_refused_and_git_never_sees_it(string options)
    {
        using var folder = Repository();
        folder.Write("src/billing/x.ts", "changed\n");

        var outcome = CliRun.InProcess(folder.Path, ["verify", "WI-PAY-0001", .. options.Split(' ')]);

        outcome.ExitCode.ShouldBe(2);
        outcome.ErrorLines.ShouldHaveSingleItem().ShouldContain("is not a revision");
        File.Exists(Path.Combine(folder.Path, "written-by-git.txt")).ShouldBeFalse();
    }
}
