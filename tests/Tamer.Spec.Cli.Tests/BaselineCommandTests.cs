using System.Text.Json;
using System.Text.RegularExpressions;
using Tamer.Spec.Testing;

namespace Tamer.Spec.Cli.Tests;

/// <summary>
/// <c>tamer-lint baseline</c> on a copy of the examples: lint then reports only new diagnostics,
/// a moved node stays baselined, a fixed problem is reported as fixed and pruned, an expired entry
/// is reported again with its reason.
/// </summary>
public sealed class BaselineCommandTests
{
    private static readonly Regex Baselined = new(@"^6 files checked: 0 refused \(0 errors, 0 warnings, 0 infos\); (?<count>\d+) baselined$");

    [Fact]
    public void Baseline_then_lint_exits_0_counting_the_baselined_and_a_moved_node_stays_baselined_but_a_new_vague_criterion_is_reported()
    {
        using var folder = CopyOfExamples();

        var recorded = CliRun.InProcess(folder.Path, "baseline");
        recorded.ExitCode.ShouldBe(0, recorded.Error);
        var entries = Entries(folder).Count;
        entries.ShouldBeGreaterThan(10);
        recorded.OutputLines.ShouldBe(new[] { "tamer-lint: .tamer-baseline.json: recorded " + entries + " diagnostics" });

        var first = CliRun.InProcess(folder.Path, "lint", "--max-warnings", "0");
        first.ExitCode.ShouldBe(0, first.Output);
        first.OutputLines.ShouldHaveSingleItem().ShouldMatch(Baselined.ToString());
        int.Parse(Baselined.Match(first.OutputLines[0]).Groups["count"].Value, System.Globalization.CultureInfo.InvariantCulture).ShouldBe(entries);
        using (var report = JsonDocument.Parse(CliRun.InProcess(folder.Path, "lint", "--format", "json").Output))
        {
            report.RootElement.GetProperty("summary").GetProperty("baselined").GetInt32().ShouldBe(entries);
            report.RootElement.GetProperty("files").EnumerateArray().ShouldAllBe(f => f.GetProperty("diagnostics").GetArrayLength() == 0);
        }

        // Ten lines above the criteria of WI-PROF-0009, whose diagnostics are baselined.
        var file = Path.Combine(folder.Path, "work-items", "profile-avatar-upload.md");
        var lines = File.ReadAllLines(file).ToList();
        var criteria = lines.IndexOf("acceptance_criteria:");
        criteria.ShouldBeGreaterThan(0);
        lines.InsertRange(criteria, Enumerable.Range(1, 10).Select(i => "# a note the team added, line " + i));
        File.WriteAllLines(file, lines);
        var moved = CliRun.InProcess(folder.Path, "lint", "--max-warnings", "0");
        moved.ExitCode.ShouldBe(0, moved.Output);
        moved.OutputLines.ShouldBe(first.OutputLines);

        // A new vague criterion in the same file.
        lines.Insert(lines.IndexOf("  - large images are handled gracefully") + 1, "  - the export is fast and user-friendly");
        File.WriteAllLines(file, lines);
        var added = CliRun.InProcess(folder.Path, "lint", "--max-warnings", "0");
        added.ExitCode.ShouldBe(1);
        var newLine = lines.IndexOf("  - the export is fast and user-friendly") + 1;
        added.OutputLines.ShouldContain(l => l.StartsWith("work-items/profile-avatar-upload.md(" + newLine + ",", StringComparison.Ordinal) && l.Contains(" TMR2005: ", StringComparison.Ordinal));
        added.OutputLines.ShouldNotContain(l => l.Contains("WI-BILL", StringComparison.Ordinal) || l.StartsWith("work-items/orders-status-column.md", StringComparison.Ordinal));
    }

    [Fact]
    public void A_dry_run_of_the_fixes_reports_what_lint_reports_with_the_baseline()
    {
        using var folder = CopyOfExamples();
        CliRun.InProcess(folder.Path, "baseline").ExitCode.ShouldBe(0);

        var lint = CliRun.InProcess(folder.Path, "lint", "--max-warnings", "0");
        var dryRun = CliRun.InProcess(folder.Path, "lint", "--fix-dry-run", "--max-warnings", "0");

        lint.ExitCode.ShouldBe(0, lint.Output);
        dryRun.ExitCode.ShouldBe(0, dryRun.Output);
        dryRun.OutputLines.ShouldNotContain(l => l.Contains(" warning TMR", StringComparison.Ordinal) || l.Contains(" error TMR", StringComparison.Ordinal));
    }

    [Fact]
    public void A_fixed_problem_is_reported_as_fixed_and_prune_removes_exactly_its_entry()
    {
        using var folder = CopyOfExamples();
        CliRun.InProcess(folder.Path, "baseline").ExitCode.ShouldBe(0);
        var before = Entries(folder);
        before.ShouldContain(e => e.Id == "TMR1010" && e.WorkItem == "WI-ORD-0210");

        var file = Path.Combine(folder.Path, "work-items", "orders-status-column.md");
        File.WriteAllText(file, File.ReadAllText(file).Replace("db/migrations]", "db/migrations/0042_add_status.sql]", StringComparison.Ordinal));
        var fixedRun = CliRun.InProcess(folder.Path, "lint");
        fixedRun.ExitCode.ShouldBe(0);
        fixedRun.OutputLines[0].ShouldBe("work-items/orders-status-column.md(1,1): info TMR9005: the baselined TMR1010 at scope/write/[] is fixed ('write path 'db/migrations' lets the worker change any file in 'db/migrations/'; list the files where you can'); 'tamer-lint baseline --prune' removes its entry [engine@1.0.0]");
        fixedRun.OutputLines[^1].ShouldEndWith("(0 errors, 0 warnings, 1 info); " + (before.Count - 1) + " baselined");

        var pruned = CliRun.InProcess(folder.Path, "baseline", "--prune");
        pruned.ExitCode.ShouldBe(0);
        pruned.OutputLines.ShouldBe(new[] { "tamer-lint: .tamer-baseline.json: removed 1 fixed entry, " + (before.Count - 1) + " entries left" });
        Entries(folder).ShouldBe(before.Where(e => !(e.Id == "TMR1010" && e.WorkItem == "WI-ORD-0210")).ToList());
        CliRun.InProcess(folder.Path, "lint").OutputLines.ShouldHaveSingleItem().ShouldEndWith("(0 errors, 0 warnings, 0 infos); " + (before.Count - 1) + " baselined");
    }

    [Fact]
    public void Prune_over_the_whole_include_set_drops_the_entries_of_a_deleted_Work_Item_and_over_some_paths_keeps_the_others()
    {
        using var folder = CopyOfExamples();
        CliRun.InProcess(folder.Path, "baseline").ExitCode.ShouldBe(0);
        var before = Entries(folder);
        File.Delete(Path.Combine(folder.Path, "work-items", "profile-avatar-upload.md"));

        CliRun.InProcess(folder.Path, "baseline", "--prune", "work-items/reports-csv-export.md").ExitCode.ShouldBe(0);
        Entries(folder).ShouldBe(before);
        CliRun.InProcess(folder.Path, "baseline", "--prune").ExitCode.ShouldBe(0);
        Entries(folder).ShouldBe(before.Where(e => e.WorkItem != "WI-PROF-0009").ToList());
    }

    [Fact]
    public void An_expired_entry_is_reported_again_with_its_reason_and_one_that_has_not_expired_still_hides()
    {
        using var folder = CopyOfExamples();
        CliRun.InProcess(folder.Path, "baseline").ExitCode.ShouldBe(0);
        var path = Path.Combine(folder.Path, ".tamer-baseline.json");
        var text = File.ReadAllText(path);
        text = SetEntry(text, "TMR0007", "2000-01-31", "the status is renamed with the workflow change", "ana");
        text = SetEntry(text, "TMR1010", "2999-12-31", "migrations are listed when the schema settles", null);
        File.WriteAllText(path, text);

        var outcome = CliRun.InProcess(folder.Path, "lint");

        outcome.ExitCode.ShouldBe(1);
        var expired = outcome.OutputLines.Where(l => l.Contains(" TMR", StringComparison.Ordinal)).ShouldHaveSingleItem();
        expired.ShouldStartWith("work-items/reports-csv-export.md(4,9): error TMR0007: ");
        expired.ShouldContain("(its baseline entry expired on 2000-01-31; it was accepted because: the status is renamed with the workflow change; owner: ana)");
        outcome.OutputLines.ShouldNotContain(l => l.Contains("TMR1010", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_a_baseline_file_lint_writes_nothing_and_reports_as_before()
    {
        using var folder = CopyOfExamples();
        var before = Directory.GetFileSystemEntries(folder.Path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();

        var outcome = CliRun.InProcess(folder.Path, "lint");

        outcome.ExitCode.ShouldBe(1);
        outcome.OutputLines[^1].ShouldBe("6 files checked: 2 refused (5 errors, 6 warnings, 3 infos)");
        Directory.GetFileSystemEntries(folder.Path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ShouldBe(before);
    }

    [Fact]
    public void A_baseline_file_that_is_not_valid_stops_the_run_naming_the_file_and_line()
    {
        using var folder = CopyOfExamples();
        folder.Write(".tamer-baseline.json", "{\n  \"version\": 1,\n  \"entries\": [\n    { \"workItem\": \"WI-ORD-0210\", \"id\": \"TMR1010\", \"node\": \"scope\", \"hash\": \"00\", \"expires\": \"next week\" }\n  ]\n}\n");

        var outcome = CliRun.InProcess(folder.Path, "lint");

        outcome.ExitCode.ShouldBe(2);
        outcome.ErrorLines.ShouldBe(new[] { "tamer-lint: error: the baseline file .tamer-baseline.json is not valid: line 4, column 93: \"expires\" must be a date written yyyy-MM-dd, found 'next week'" });
        outcome.Output.ShouldBeEmpty();
    }

    [Fact]
    public void The_configuration_names_the_baseline_file()
    {
        using var folder = CopyOfExamples();
        folder.Write(".tamer.yml", "baseline: config/accepted.json\n");
        Directory.CreateDirectory(Path.Combine(folder.Path, "config"));

        CliRun.InProcess(folder.Path, "baseline").OutputLines.ShouldHaveSingleItem().ShouldStartWith("tamer-lint: config/accepted.json: recorded ");
        File.Exists(Path.Combine(folder.Path, ".tamer-baseline.json")).ShouldBeFalse();
        CliRun.InProcess(folder.Path, "lint").ExitCode.ShouldBe(0);
    }

    internal static TemporaryDirectory CopyOfExamples()
    {
        var folder = new TemporaryDirectory();
        foreach (var file in Directory.GetFiles(RepositoryPaths.InRepository("examples", "work-items"), "*.md"))
        {
            folder.Write("work-items/" + Path.GetFileName(file), File.ReadAllText(file));
        }

        return folder;
    }

    private static List<(string WorkItem, string Id, string Node, string Hash)> Entries(TemporaryDirectory folder)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder.Path, ".tamer-baseline.json")));
        return json.RootElement.GetProperty("entries").EnumerateArray()
            .Select(e => (e.GetProperty("workItem").GetString()!, e.GetProperty("id").GetString()!, e.GetProperty("node").GetString()!, e.GetProperty("hash").GetString()!))
            .ToList();
    }

    private static string SetEntry(string baseline, string id, string expires, string reason, string? owner)
    {
        var marker = "\"id\": \"" + id + "\",";
        var at = baseline.IndexOf(marker, StringComparison.Ordinal);
        at.ShouldBeGreaterThan(0);
        var ownerAt = baseline.IndexOf("\"owner\": null,", at, StringComparison.Ordinal);
        var end = baseline.IndexOf("\"expires\": null", ownerAt, StringComparison.Ordinal) + "\"expires\": null".Length;
        var replacement = "\"owner\": " + (owner is null ? "null" : "\"" + owner + "\"") + ",\n      \"reason\": \"" + reason + "\",\n      \"expires\": \"" + expires + "\"";
        return baseline[..ownerAt] + replacement + baseline[end..];
    }
}
