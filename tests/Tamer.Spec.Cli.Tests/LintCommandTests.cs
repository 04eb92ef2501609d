using System.Text.Json;
using System.Text.RegularExpressions;
using Tamer.Spec.Rules;
using Tamer.Spec.Testing;

namespace Tamer.Spec.Cli.Tests;

public sealed class LintCommandTests
{
    private static readonly string Clean = TestWorkItems.Clean();
    private static readonly string Refused = TestWorkItems.Refused();
    private static readonly string Warned = TestWorkItems.Warned();

    private static readonly Regex CompilerLine = new(@"^(?<path>[^()]+)\((?<line>\d+),(?<column>\d+)\): (?<severity>error|warning|info) (?<id>[A-Z]+\d{4}): .+ \[[a-z-]+@\d+\.\d+\.\d+\]$");

    [Fact]
    public void The_examples_are_linted_in_the_compiler_form_and_a_refusal_exits_1()
    {
        var outcome = CliRun.InProcess(RepositoryPaths.Root, "examples/work-items");

        outcome.ExitCode.ShouldBe(1);
        var lines = outcome.OutputLines;
        lines[..^1].ShouldNotBeEmpty();
        lines[..^1].Where(l => !l.StartsWith("    ", StringComparison.Ordinal)).ShouldAllBe(l => CompilerLine.IsMatch(l));
        lines[..^1].Where(l => l.StartsWith("    ", StringComparison.Ordinal)).ShouldAllBe(l => l.StartsWith("    fix: ", StringComparison.Ordinal) || l.StartsWith("    suggestion: ", StringComparison.Ordinal));
        lines[..^1].Where(l => !l.StartsWith("    ", StringComparison.Ordinal)).ShouldAllBe(l => l.StartsWith("examples/work-items/", StringComparison.Ordinal));
        lines.ShouldContain(l => l.StartsWith("examples/work-items/reports-csv-export.md(4,9): error TMR0007: ", StringComparison.Ordinal));
        lines.ShouldContain(l => l.StartsWith("examples/work-items/orders-status-column.md(6,62): error ACME1001: ", StringComparison.Ordinal), "examples/.tamer.yml loads the example rule pack");
        lines[^1].ShouldMatch(@"^6 files checked: \d+ refused");
    }

    [Fact]
    public void A_clean_folder_exits_0()
    {
        using var folder = new TemporaryDirectory();
        folder.Write("a.md", Clean);

        var outcome = CliRun.InProcess(folder.Path, ".");

        outcome.ExitCode.ShouldBe(0);
        outcome.OutputLines.ShouldBe(new[] { "1 file checked: 0 refused (0 errors, 0 warnings, 0 infos)" });
    }

    [Fact]
    public void A_refused_work_item_exits_1()
    {
        using var folder = new TemporaryDirectory();
        folder.Write("a.md", Clean);
        folder.Write("b.md", Refused);

        var outcome = CliRun.InProcess(folder.Path, "lint", ".");

        outcome.ExitCode.ShouldBe(1);
        outcome.OutputLines[0].ShouldStartWith("b.md(4,9): error TMR0007:");
    }

    [Theory]
    [InlineData("0", 1)]
    [InlineData("1", 0)]
    public void Warnings_over_max_warnings_exit_1(string maxWarnings, int exitCode)
    {
        using var folder = new TemporaryDirectory();
        folder.Write("c.md", Warned);

        CliRun.InProcess(folder.Path, ".", "--max-warnings", maxWarnings).ExitCode.ShouldBe(exitCode);
    }

    [Fact]
    public void Paths_are_relative_to_the_working_directory_with_forward_slashes()
    {
        using var folder = new TemporaryDirectory();
        folder.Write("team/work/b.md", Refused);
        Directory.CreateDirectory(Path.Combine(folder.Path, "elsewhere"));

        CliRun.InProcess(folder.Path, "team/work").OutputLines[0].ShouldStartWith("team/work/b.md(4,9)");
        CliRun.InProcess(Path.Combine(folder.Path, "elsewhere"), "../team/work/b.md").OutputLines[0].ShouldStartWith("../team/work/b.md(4,9)");
    }

    [Fact]
    public void Without_paths_the_include_globs_are_linted_from_the_repository_root()
    {
        using var repository = new TemporaryDirectory();
        repository.MakeRepository();
        repository.Write("work-items/auth/a.md", Refused);
        repository.Write("src/feature/x.wi.md", TestWorkItems.Refused("WI-CLI-0004"));
        repository.Write("docs/readme.md", "# not a work item\n");
        repository.Write("src/feature/bin/copy.wi.md", "# a build output copy\n");
        repository.Write(".hidden/y.wi.md", "# hidden\n");

        var outcome = CliRun.InProcess(Path.Combine(repository.Path, "src"));

        outcome.ExitCode.ShouldBe(1);
        outcome.OutputLines.Where(l => l.Contains("TMR", StringComparison.Ordinal)).Select(l => l.Split('(')[0])
            .ShouldBe(new[] { "feature/x.wi.md", "../work-items/auth/a.md" }, ignoreOrder: true);
    }

    [Fact]
    public void The_configuration_is_found_upward_and_config_overrides_it()
    {
        using var repository = new TemporaryDirectory();
        repository.MakeRepository();
        repository.Write(".tamer.yml", "severity:\n  TMR0005: error\n");
        repository.Write("relaxed.yml", "severity:\n  TMR0005: none\n");
        repository.Write("work-items/team/c.md", Warned);

        CliRun.InProcess(repository.Path, "work-items/team").ExitCode.ShouldBe(1);
        var relaxed = CliRun.InProcess(repository.Path, "work-items/team", "--config", "relaxed.yml");
        relaxed.ExitCode.ShouldBe(0);
        relaxed.OutputLines.ShouldBe(new[] { "1 file checked: 0 refused (0 errors, 0 warnings, 0 infos)" });
    }

    [Fact]
    public void The_repository_work_items_are_context_but_only_the_linted_paths_are_reported()
    {
        using var repository = new TemporaryDirectory();
        repository.MakeRepository();
        repository.Write("work-items/a.md", Clean);
        repository.Write("drafts/b.md", TestWorkItems.Clean(title: "Same id, other file"));

        var outcome = CliRun.InProcess(repository.Path, "drafts/b.md", "--format", "json");

        using var json = JsonDocument.Parse(outcome.Output);
        var file = json.RootElement.GetProperty("files").EnumerateArray().ShouldHaveSingleItem();
        file.GetProperty("path").GetString().ShouldBe("drafts/b.md");
        file.GetProperty("diagnostics")[0].GetProperty("message").GetString().ShouldBe("id 'WI-CLI-0001' is also used by work-items/a.md(2,5)");
    }

    [Fact]
    public void A_folder_honours_exclude_but_an_explicit_file_is_linted_as_given()
    {
        using var repository = new TemporaryDirectory();
        repository.MakeRepository();
        repository.Write(".tamer.yml", "exclude: [\"work-items/archive/**\"]\n");
        repository.Write("work-items/archive/old.md", Refused);
        repository.Write("work-items/new.md", Clean);

        CliRun.InProcess(repository.Path, "work-items").ExitCode.ShouldBe(0);
        CliRun.InProcess(repository.Path, "work-items/archive/old.md").ExitCode.ShouldBe(1);
    }

    [Fact]
    public void The_output_option_writes_the_report_to_a_file()
    {
        using var folder = new TemporaryDirectory();
        folder.Write("b.md", Refused);

        var outcome = CliRun.InProcess(folder.Path, ".", "--format", "sarif", "--output", "out/report.sarif");

        outcome.ExitCode.ShouldBe(1);
        outcome.OutputLines.ShouldBe(new[] { "1 file checked: 1 refused (1 error, 0 warnings, 0 infos)" });
        using var sarif = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder.Path, "out", "report.sarif")));
        sarif.RootElement.GetProperty("runs")[0].GetProperty("results")[0].GetProperty("ruleId").GetString().ShouldBe("TMR0007");
    }

    [Fact]
    public void The_github_format_prints_annotations()
    {
        using var folder = new TemporaryDirectory();
        folder.Write("b.md", Refused);

        CliRun.InProcess(folder.Path, ".", "--format", "github").OutputLines.ShouldHaveSingleItem()
            .ShouldStartWith("::error file=b.md,line=4,col=9,title=TMR0007::");
    }

    [Theory]
    [InlineData("[1.0,2.0)", "1.0.0")]
    [InlineData("2.*", "2.0.0")]
    public void Json_lists_the_rule_versions_selected(string range, string version)
    {
        using var folder = new TemporaryDirectory();
        folder.Write("a.md", Clean);

        var outcome = CliRun.InProcess(folder.Path, new RulePack[] { new VersionedTestPack() }, ".", "--rule", "versioned=" + range, "--format", "json");

        using var json = JsonDocument.Parse(outcome.Output);
        json.RootElement.GetProperty("rules").EnumerateArray()
            .Select(r => r.GetProperty("axis").GetString() + "@" + r.GetProperty("version").GetString())
            .ShouldBe(new[] { "format@1.0.0", "versioned@" + version });
    }

    [Fact]
    public void No_work_items_is_said_and_exits_0()
    {
        using var repository = new TemporaryDirectory();
        repository.MakeRepository();

        var outcome = CliRun.InProcess(repository.Path);

        outcome.ExitCode.ShouldBe(0);
        outcome.Error.ShouldContain("no Work Items found");
    }
}
