using System.Globalization;
using System.Text.Json;
using Tamer.Spec.Testing;

namespace Tamer.Spec.Cli.Tests;

/// <summary>
/// <c>lint --changed-since REV</c> in a repository of 2,000 Work Items: the changed one and those
/// that depend on it are reported, nothing else, while the whole workspace is read.
/// </summary>
public sealed class ChangedSinceTests
{
    [Fact]
    public void Only_the_changed_Work_Item_and_its_dependents_are_reported()
    {
        Assert.SkipUnless(Git.IsInstalled, "git is not installed on this machine; --changed-since reads the change from git");
        using var folder = new TemporaryDirectory();
        Git.Init(folder.Path);
        for (var n = 1; n <= 2000; n++)
        {
            folder.Write("work-items/" + Id(n) + ".md", Item(n, DependsOn(n)));
        }

        Git.CommitAll(folder.Path, "2,000 Work Items");
        var changed = Path.Combine(folder.Path, "work-items", Id(1000) + ".md");
        File.WriteAllText(changed, File.ReadAllText(changed).Replace("title: Item 1000", "title: Item 1000, renamed", StringComparison.Ordinal));
        Git.CommitAll(folder.Path, "one changed");

        var outcome = CliRun.InProcess(folder.Path, "lint", "--changed-since", "HEAD~1", "--format", "json");

        outcome.Error.ShouldBeEmpty();
        using var json = JsonDocument.Parse(outcome.Output);
        var reported = json.RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("id").GetString()).ToList();
        reported.ShouldBe([Id(1000), Id(1001), Id(1002), Id(1500)]);
        Json.Diagnostics(outcome.Output, Id(1001) + ".md").ShouldBe(["TMR4002"], "the dependency is read from the whole workspace: it exists, and is not done");
    }

    [Fact]
    public void A_Work_Item_renamed_since_the_revision_is_reported_and_a_revision_that_is_not_one_is_a_usage_error()
    {
        Assert.SkipUnless(Git.IsInstalled, "git is not installed on this machine; --changed-since reads the change from git");
        using var folder = new TemporaryDirectory();
        Git.Init(folder.Path);
        folder.Write("work-items/a.md", Item(1, []));
        folder.Write("work-items/b.md", Item(2, []));
        Git.CommitAll(folder.Path, "two");
        Git.Ok(folder.Path, "mv", "work-items/b.md", "work-items/renamed.md");
        folder.Write("work-items/new.md", Item(3, []));

        var outcome = CliRun.InProcess(folder.Path, "lint", "--changed-since", "HEAD", "--format", "json");
        var wrong = CliRun.InProcess(folder.Path, "lint", "--changed-since", "no-such-branch");
        var withFix = CliRun.InProcess(folder.Path, "lint", "--changed-since", "HEAD", "--fix");

        using var json = JsonDocument.Parse(outcome.Output);
        json.RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("path").GetString()).ShouldBe(["work-items/new.md", "work-items/renamed.md"]);
        wrong.ExitCode.ShouldBe(2);
        wrong.ErrorLines.ShouldHaveSingleItem().ShouldStartWith("tamer-lint: error: --changed-since: 'no-such-branch' names no commit");
        withFix.ExitCode.ShouldBe(2);
        withFix.ErrorLines.ShouldBe(["tamer-lint: error: --changed-since cannot be used with --fix or --fix-dry-run"]);
    }

    private static string Id(int n) => "WI-GEN-" + n.ToString("0000", CultureInfo.InvariantCulture);

    // 1001 and 1002 depend on 1000, 1500 on 1000 and 999; 1003 depends on 1001 (not on the changed one); others on their predecessor's predecessor.
    private static int[] DependsOn(int n) => n switch
    {
        1001 or 1002 => [1000],
        1500 => [999, 1000],
        1003 => [1001],
        > 2 => [n - 2],
        _ => [],
    };

    private static string Item(int n, int[] dependsOn)
    {
        var text = TestWorkItems.Clean(Id(n), "Item " + n.ToString(CultureInfo.InvariantCulture)).Replace("src/cli/report.ts", "src/gen/f" + n.ToString(CultureInfo.InvariantCulture) + ".ts", StringComparison.Ordinal);
        return dependsOn.Length == 0 ? text : text.Replace("estimate:", "depends_on: [" + string.Join(", ", dependsOn.Select(Id)) + "]\nestimate:", StringComparison.Ordinal);
    }
}
