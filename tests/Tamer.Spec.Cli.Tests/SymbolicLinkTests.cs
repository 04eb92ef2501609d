using Tamer.Spec.Testing;

namespace Tamer.Spec.Cli.Tests;

/// <summary>
/// Symbolic links in the linted folders: a link back into the walk changes nothing (the same
/// files, the same diagnostics, as without it); a link that leaves the repository is reported once
/// (TMR9004) and not followed unless <c>follow_links_outside: true</c>; a link inside the
/// repository is followed, and a file that two paths reach is linted once.
/// </summary>
public sealed class SymbolicLinkTests
{
    [Theory]
    [InlineData("wi/loop", "..")]
    [InlineData("wi/self", ".")]
    [InlineData("wi/team-a/deep/up", "../../..")]
    [InlineData("wi/team-a/back", "../../wi")]
    public void A_link_back_into_the_walk_gives_exactly_the_diagnostics_of_the_folder_without_it(string link, string target)
    {
        using var repository = RepositoryWithTenWorkItems();
        var withoutLink = CliRun.InProcess(repository.Path, "lint", "wi", "--format", "json");

        var linkPath = Path.Combine(repository.Path, link);
        Directory.CreateDirectory(Path.GetDirectoryName(linkPath)!);
        Directory.CreateSymbolicLink(linkPath, target);
        var withLink = CliRun.InProcess(repository.Path, "lint", "wi", "--format", "json");
        var textWithLink = CliRun.InProcess(repository.Path, "lint", "wi");

        withLink.Output.ShouldBe(withoutLink.Output);
        withLink.ExitCode.ShouldBe(withoutLink.ExitCode);
        withLink.Error.ShouldBe(withoutLink.Error);
        textWithLink.OutputLines[^1].ShouldStartWith("10 files checked: 1 refused (1 error, 1 warning, ");
        textWithLink.Output.ShouldNotContain("TMR0004");
        textWithLink.Output.ShouldNotContain("TMR9004");
    }

    [Fact]
    public void The_issue_s_tree_a_link_to_the_parent_of_the_linted_folder_checks_ten_files_not_four_hundred()
    {
        using var repository = RepositoryWithTenWorkItems();
        Directory.CreateSymbolicLink(Path.Combine(repository.Path, "wi", "loop"), "..");
        Directory.CreateSymbolicLink(Path.Combine(repository.Path, "up"), "wi");

        var outcome = CliRun.InProcess(repository.Path, "lint", ".");

        outcome.OutputLines[^1].ShouldStartWith("10 files checked: 1 refused (1 error, 1 warning, ");
        outcome.OutputLines.Where(l => l.Contains(": error ", StringComparison.Ordinal)).ShouldHaveSingleItem().ShouldStartWith("wi/item-03.md(4,9): error TMR0007: ");
    }

    [Fact]
    public void A_link_that_leaves_the_repository_is_reported_once_and_not_followed()
    {
        using var trees = new RepositoryWithLinkOutside();

        // Both default include globs (work-items/**/*.md and **/*.wi.md) walk past the link.
        var byGlobs = CliRun.InProcess(trees.Repository.Path, "lint");
        var byFolder = CliRun.InProcess(trees.Repository.Path, "lint", "work-items");

        var expected = "tamer-lint: warning TMR9004: work-items/shared is a link to " + trees.Outside.Path + ", outside the repository; it was not followed (follow_links_outside: true in .tamer.yml follows it) [engine@1.0.0]";
        foreach (var outcome in new[] { byGlobs, byFolder })
        {
            outcome.ExitCode.ShouldBe(0);
            outcome.OutputLines.Where(l => l.Contains("TMR9004", StringComparison.Ordinal)).ShouldBe(new[] { expected });
            outcome.OutputLines[^1].ShouldStartWith("1 file checked: 0 refused");
        }
    }

    [Fact]
    public void Follow_links_outside_follows_it_and_reports_nothing()
    {
        using var trees = new RepositoryWithLinkOutside(configuration: "follow_links_outside: true\n");
        Directory.CreateSymbolicLink(Path.Combine(trees.Outside.Path, "back"), trees.Repository.Path);

        var outcome = CliRun.InProcess(trees.Repository.Path, "lint");

        outcome.ExitCode.ShouldBe(1);
        outcome.Output.ShouldNotContain("TMR9004");
        outcome.OutputLines[0].ShouldStartWith("work-items/shared/nested/y.md(4,9): error TMR0007:");
        outcome.OutputLines[^1].ShouldStartWith("3 files checked: 1 refused");
    }

    [Fact]
    public void Near_miss_a_link_to_a_folder_inside_the_repository_is_followed_without_a_report()
    {
        using var repository = new TemporaryDirectory();
        repository.MakeRepository();
        repository.Write("work-items/a.md", TestWorkItems.Clean("WI-IN-0001"));
        repository.Write("archive/old/b.md", TestWorkItems.Refused("WI-IN-0002"));
        Directory.CreateSymbolicLink(Path.Combine(repository.Path, "work-items", "legacy"), "../archive/old");

        var outcome = CliRun.InProcess(repository.Path, "lint");

        outcome.Output.ShouldNotContain("TMR9004");
        outcome.OutputLines[0].ShouldStartWith("work-items/legacy/b.md(4,9): error TMR0007:");
        outcome.OutputLines[^1].ShouldStartWith("2 files checked: 1 refused");
    }

    [Fact]
    public void Near_miss_a_link_leaving_the_repository_under_an_excluded_path_is_not_reported()
    {
        using var trees = new RepositoryWithLinkOutside(link: "vendor", configuration: "exclude: [work-items/vendor/**]\n");

        var outcome = CliRun.InProcess(trees.Repository.Path, "lint");

        outcome.Output.ShouldNotContain("TMR9004");
        outcome.OutputLines[^1].ShouldStartWith("1 file checked: 0 refused");
    }

    [Fact]
    public void Severity_none_silences_the_report_and_the_link_is_still_not_followed()
    {
        using var trees = new RepositoryWithLinkOutside(configuration: "severity:\n  TMR9004: none\n");

        var outcome = CliRun.InProcess(trees.Repository.Path, "lint");

        outcome.ExitCode.ShouldBe(0);
        outcome.Output.ShouldNotContain("TMR9004");
        outcome.OutputLines.ShouldBe(new[] { "1 file checked: 0 refused (0 errors, 0 warnings, 0 infos)" });
    }

    [Fact]
    public void A_file_two_links_lead_to_is_linted_once_at_its_own_path()
    {
        using var repository = new TemporaryDirectory();
        repository.MakeRepository();
        repository.Write("work-items/real/a.md", TestWorkItems.Refused("WI-IN-0001"));
        Directory.CreateSymbolicLink(Path.Combine(repository.Path, "work-items", "0-first"), "real");
        Directory.CreateSymbolicLink(Path.Combine(repository.Path, "work-items", "z-last"), "real");
        File.CreateSymbolicLink(Path.Combine(repository.Path, "work-items", "0-a.md"), "real/a.md");

        var outcome = CliRun.InProcess(repository.Path, "lint");

        outcome.OutputLines[0].ShouldStartWith("work-items/real/a.md(4,9): error TMR0007:");
        outcome.Output.ShouldNotContain("TMR0004");
        outcome.OutputLines[^1].ShouldStartWith("1 file checked: 1 refused");
    }

    [Fact]
    public void The_json_report_of_a_run_with_a_link_outside_keeps_the_warning_on_standard_error()
    {
        using var trees = new RepositoryWithLinkOutside();

        var outcome = CliRun.InProcess(trees.Repository.Path, "lint", "--format", "json");

        outcome.ExitCode.ShouldBe(0);
        using var report = System.Text.Json.JsonDocument.Parse(outcome.Output);
        report.RootElement.GetProperty("summary").GetProperty("files").GetInt32().ShouldBe(1);
        outcome.ErrorLines.Count(l => l.StartsWith("tamer-lint: warning TMR9004: work-items/shared is a link to ", StringComparison.Ordinal)).ShouldBe(1);
    }

    // wi/ holds ten Work Items: item-03 is refused (TMR0007 at 4,9), item-05 has one warning (TMR0005).
    private static TemporaryDirectory RepositoryWithTenWorkItems()
    {
        var repository = new TemporaryDirectory();
        repository.MakeRepository();
        for (var i = 1; i <= 10; i++)
        {
            var id = "WI-LOOP-" + i.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
            var text = i switch
            {
                3 => TestWorkItems.Refused(id),
                5 => TestWorkItems.Warned(id),
                _ => TestWorkItems.Clean(id),
            };
            repository.Write(i <= 5 ? $"wi/item-{i:D2}.md" : $"wi/team-a/item-{i:D2}.md", text);
        }

        return repository;
    }

    /// <summary>
    /// A repository holding work-items/a.md (clean) and work-items/LINK, a link to a folder outside
    /// it that holds x.md (clean) and nested/y.md (refused: TMR0007 at 4,9).
    /// </summary>
    private sealed class RepositoryWithLinkOutside : IDisposable
    {
        public RepositoryWithLinkOutside(string link = "shared", string? configuration = null)
        {
            Outside.Write("x.md", TestWorkItems.Clean("WI-OUT-0001"));
            Outside.Write("nested/y.md", TestWorkItems.Refused("WI-OUT-0002"));
            Repository.MakeRepository();
            if (configuration is not null)
            {
                Repository.Write(".tamer.yml", configuration);
            }

            Repository.Write("work-items/a.md", TestWorkItems.Clean("WI-IN-0001"));
            Directory.CreateSymbolicLink(System.IO.Path.Combine(Repository.Path, "work-items", link), Outside.Path);
        }

        public TemporaryDirectory Outside { get; } = new();

        public TemporaryDirectory Repository { get; } = new();

        public void Dispose()
        {
            Repository.Dispose();
            Outside.Dispose();
        }
    }
}
