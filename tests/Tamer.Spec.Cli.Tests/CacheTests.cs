using System.Text;
using Tamer.Spec.Testing;

namespace Tamer.Spec.Cli.Tests;

/// <summary>
/// <c>lint --cache</c> gives, run after run, the report a run without it gives: after files are
/// edited (in their prose and in what other Work Items read of them), renamed, deleted and added,
/// after the repository changes under a scope path, and when the cache file is damaged.
/// </summary>
public sealed class CacheTests
{
    private static readonly string[] Formats = ["text", "json", "sarif"];

    [Fact]
    public void Every_run_with_the_cache_reports_what_a_run_without_it_reports()
    {
        using var folder = CrossItemRepository.Create(300);
        var baseline = CliRun.InProcess(folder.Path, "lint", "--format", "json").Output;
        Json.Diagnostics(baseline, "wi-cac-0202.md").ShouldContain("TMR4003");
        Json.Diagnostics(baseline, "wi-cac-0096.md").ShouldContain("TMR0004");
        Json.Diagnostics(baseline, "wi-cac-0017.md").ShouldContain("TMR4002");
        Json.Diagnostics(baseline, "wi-cac-0245.md").ShouldContain("TMR4004");
        Json.Diagnostics(baseline, "wi-cac-0013.md").ShouldContain("TMR1009");
        ShouldMatchUncached(folder, "a first run, which writes the cache");
        File.Exists(Path.Combine(folder.Path, ".tamer-cache", "lint.cache")).ShouldBeTrue();
        File.ReadAllText(Path.Combine(folder.Path, ".tamer-cache", ".gitignore")).ShouldContain("*");
        ShouldMatchUncached(folder, "a second run, nothing changed");

        // Reworded criteria in Work Items whose findings read the unchanged ones: 17 depends on an
        // unfinished item, 96 shares its id with 97, 202 is on a cycle through three others, 245
        // writes a file two other active items write, one of which depends on it.
        foreach (var n in new[] { 17, 96, 202, 245 })
        {
            Edit(folder, n, text => text.Replace("exits with code 0", "exits with code 0 within 2 s", StringComparison.Ordinal));
        }

        ShouldMatchUncached(folder, "criteria reworded (the files' facts move, what others read of them does not)");

        Edit(folder, 97, text => text.Replace("---\nid:", "---\n# shares its id with item 96\nid:", StringComparison.Ordinal));
        ShouldMatchUncached(folder, "a line added above an id another file uses (the other's finding names its line)");

        Edit(folder, 23, text => text.Replace("status: done", "status: in_progress", StringComparison.Ordinal));
        ShouldMatchUncached(folder, "a status changed (what other Work Items read of it changed)");

        File.Move(CrossItemRepository.ItemPath(folder, 40), Path.Combine(folder.Path, "work-items", "moved", "renamed.md"));
        ShouldMatchUncached(folder, "a file renamed into another folder");

        File.Delete(CrossItemRepository.ItemPath(folder, 60));
        ShouldMatchUncached(folder, "a file others depend on deleted");

        folder.Write("work-items/zz/duplicate.md", CrossItemRepository.Item(120));
        CrossItemRepository.Age(Path.Combine(folder.Path, "work-items/zz/duplicate.md"), TimeSpan.FromMinutes(50));
        ShouldMatchUncached(folder, "a file with an id already in use added");

        Edit(folder, 31, text => text.Replace("depends_on: [WI-CAC-0030]", "depends_on: [WI-CAC-0030, WI-CAC-0032]", StringComparison.Ordinal));
        Edit(folder, 32, text => text.Replace("depends_on: [WI-CAC-0031]", "depends_on: [WI-CAC-0031, WI-CAC-0031]", StringComparison.Ordinal));
        ShouldMatchUncached(folder, "dependencies that close a cycle");

        folder.Write("src/gone/f5.ts", "export {};\n");
        ShouldMatchUncached(folder, "a file a scope names created in the repository");

        folder.Write("backlog/tasks/task-1 - Export-rows.md", CrossItemRepository.BacklogTask("Done"));
        ShouldMatchUncached(folder, "a Backlog.md task (read whole) finished");

        File.WriteAllText(CrossItemRepository.ItemPath(folder, 77), File.ReadAllText(CrossItemRepository.ItemPath(folder, 77)) + new string('x', 1024 * 1024 + 1));
        ShouldMatchUncached(folder, "a file grown past the size limit");

        folder.Write("invariants/INV-CAC-001.md", "---\nid: INV-CAC-001\nstatement: module 3 keeps its public names\napplies_to: [src/mod3/**]\nowner: cache-team\n---\n");
        ShouldMatchUncached(folder, "an invariant added to the registry");
    }

    [Fact]
    public void A_damaged_or_foreign_cache_file_is_ignored_and_written_again()
    {
        using var folder = CrossItemRepository.Create(60);
        var cache = Path.Combine(folder.Path, ".tamer-cache", "lint.cache");
        foreach (var damage in new Func<byte[], byte[]>[] { bytes => bytes[..(bytes.Length / 2)], bytes => [.. bytes.Select((b, i) => i == bytes.Length / 2 ? (byte)(b ^ 1) : b)], bytes => [.. bytes.Select((b, i) => i > 64 && i % 7 == 0 ? (byte)~b : b)], _ => Encoding.UTF8.GetBytes("not a cache at all") })
        {
            CliRun.InProcess(folder.Path, "lint", "--cache");
            File.WriteAllBytes(cache, damage(File.ReadAllBytes(cache)));

            ShouldMatchUncached(folder, "a damaged cache");
            Encoding.UTF8.GetString(File.ReadAllBytes(cache)[1..17]).ShouldBe("tamer-lint cache", "the cache was written again");
        }
    }

    [Fact]
    public void A_file_whose_size_and_time_are_unchanged_is_not_read_again()
    {
        using var folder = CrossItemRepository.Create(20);
        var before = CliRun.InProcess(folder.Path, "lint", "--cache", "--format", "json");
        var path = CrossItemRepository.ItemPath(folder, 1);
        var time = File.GetLastWriteTimeUtc(path);
        var original = File.ReadAllText(path);
        var vague = original.Replace("`report --json` prints a JSON array and exits with code 0", "the export works well for everyone who needs it, always!!", StringComparison.Ordinal);
        vague.ShouldNotBe(original);
        vague.Length.ShouldBe(original.Length, "the edit keeps the size");
        File.WriteAllText(path, vague);
        File.SetLastWriteTimeUtc(path, time);

        var cached = CliRun.InProcess(folder.Path, "lint", "--cache", "--format", "json");
        var uncached = CliRun.InProcess(folder.Path, "lint", "--format", "json");

        Json.Diagnostics(uncached.Output, "wi-cac-0001.md").ShouldNotBe(Json.Diagnostics(before.Output, "wi-cac-0001.md"), "the edit made the criterion vague");
        Json.Diagnostics(cached.Output, "wi-cac-0001.md").ShouldBe(Json.Diagnostics(before.Output, "wi-cac-0001.md"), "the result was taken from the cache: its size and time said the file had not changed");
    }

    [Fact]
    public void A_result_that_holds_a_failed_rule_is_taken_from_the_cache()
    {
        using var folder = CrossItemRepository.Create(10);
        var packs = Tamer.Spec.Rules.BuiltInRulePacks.All.Append(new ThrowingTestPack()).ToList();
        var before = CliRun.InProcess(folder.Path, packs, "lint", "--cache", "--format", "json");
        Json.Diagnostics(before.Output, "wi-cac-0001.md").ShouldContain("TMR9003");
        var path = CrossItemRepository.ItemPath(folder, 1);
        var time = File.GetLastWriteTimeUtc(path);
        File.WriteAllText(path, File.ReadAllText(path).Replace("`report --json` prints a JSON array and exits with code 0", "the export works well for everyone who needs it, always!!", StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(path, time);

        var cached = CliRun.InProcess(folder.Path, packs, "lint", "--cache", "--format", "json");
        CliRun.InProcess(folder.Path, packs, "lint", "--format", "json").Output.ShouldNotBe(before.Output, "the edit shows when the file is read");

        cached.Output.ShouldBe(before.Output, "the results, TMR9003s among them, were read back from the cache (its size and time said the edited file had not changed)");
    }

    [Fact]
    public void A_result_kept_for_a_file_read_again_unchanged_keeps_the_text_its_fixes_need()
    {
        using var folder = new TemporaryDirectory();
        folder.MakeRepository();
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.InRepository("examples", "work-items"), "*.md"))
        {
            CrossItemRepository.Age(folder.Write("work-items/" + Path.GetFileName(file), File.ReadAllText(file)), TimeSpan.FromHours(1));
        }

        CliRun.InProcess(folder.Path, "lint", "--cache", "--format", "sarif");
        foreach (var touched in new[] { "profile-avatar-upload.md", "reports-csv-export.md" })
        {
            CrossItemRepository.Age(Path.Combine(folder.Path, "work-items", touched), TimeSpan.FromMinutes(30));
        }

        var edited = Path.Combine(folder.Path, "work-items", "billing-invoice-rounding.md");
        File.AppendAllText(edited, "\n");
        CrossItemRepository.Age(edited, TimeSpan.FromMinutes(30));

        ShouldMatchUncached(folder, "files read again with their bytes unchanged, beside one changed");
        ShouldMatchUncached(folder, "the run after: their results rebuilt on the skeletons the last run kept");
    }

    [Fact]
    public void Changed_only_runs_with_the_cache_report_what_they_report_without_it()
    {
        Assert.SkipUnless(Git.IsInstalled, "git is not installed on this machine; --changed-since reads the change from git");
        using var folder = CrossItemRepository.Create(40);
        Git.Init(folder.Path);
        Git.CommitAll(folder.Path, "forty");
        CliRun.InProcess(folder.Path, "lint", "--cache");
        Edit(folder, 12, text => text.Replace("exits with code 0", "exits with code 0 within 2 s", StringComparison.Ordinal));

        foreach (var format in Formats)
        {
            var cached = CliRun.InProcess(folder.Path, "lint", "--changed-since", "HEAD", "--cache", "--format", format);
            var uncached = CliRun.InProcess(folder.Path, "lint", "--changed-since", "HEAD", "--format", format);
            cached.Output.ShouldBe(uncached.Output, format);
            cached.ExitCode.ShouldBe(uncached.ExitCode, format);
        }
    }

    [Fact]
    public void Without_the_option_nothing_is_written_and_the_configuration_can_ask_for_the_cache()
    {
        using var folder = CrossItemRepository.Create(10);
        CliRun.InProcess(folder.Path, "lint");
        CliRun.InProcess(folder.Path, "lint", "--fix-dry-run", "--cache");
        Directory.Exists(Path.Combine(folder.Path, ".tamer-cache")).ShouldBeFalse("lint writes nothing without --cache, and --fix never uses the cache");

        folder.Write(".tamer.yml", "cache: true\n");
        ShouldMatchUncached(folder, "cache: true in .tamer.yml");
        File.Exists(Path.Combine(folder.Path, ".tamer-cache", "lint.cache")).ShouldBeTrue();
    }

    private static void ShouldMatchUncached(TemporaryDirectory folder, string when)
    {
        foreach (var format in Formats)
        {
            var cached = CliRun.InProcess(folder.Path, "lint", "--cache", "--format", format);
            var uncached = CliRun.InProcess(folder.Path, "lint", "--format", format);
            cached.ExitCode.ShouldBe(uncached.ExitCode, when + ", " + format);
            cached.Error.ShouldBe(uncached.Error, when + ", " + format);
            cached.Output.ShouldBe(uncached.Output, when + ", " + format);
        }
    }

    private static void Edit(TemporaryDirectory folder, int n, Func<string, string> change)
    {
        var path = CrossItemRepository.ItemPath(folder, n);
        var text = File.ReadAllText(path);
        var changed = change(text);
        changed.ShouldNotBe(text, "the edit applies to item " + n);
        File.WriteAllText(path, changed);
        CrossItemRepository.Age(path, TimeSpan.FromMinutes(30));
    }

}
