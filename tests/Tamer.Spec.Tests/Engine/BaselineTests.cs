using Tamer.Spec.Baselines;
using Tamer.Spec.Configuration;
using Tamer.Spec.Diagnostics;
using Tamer.Spec.Engine;
using Tamer.Spec.Parsing;
using Tamer.Spec.Rules.Format;
using Tamer.Spec.Workspace;

namespace Tamer.Spec.Tests.Engine;

/// <summary>The baseline in the engine: exact fingerprints, fixed entries (TMR9005), expiry.</summary>
public sealed class BaselineTests
{
    private static readonly DateTime Today = new(2026, 12, 7);

    // TMR0007 at (4,9) (status: doing) and TMR0005 at (5,1) (an unknown key).
    private const string Item = "---\nid: WI-BAS-0001\ntitle: A baselined item\nstatus: doing\nreviewer: ana\n---\n# Context\n\nText.\n";

    private static readonly LintEngine FormatOnly = new([FormatRulePack.Instance]);

    private static FileLintResult Lint(string text, Baseline? baseline, TamerConfiguration? configuration = null, string path = "a.md")
    {
        var document = WorkItemParser.Parse(path, text);
        return FormatOnly.Lint(new WorkItemWorkspace([document]), new LintOptions { Baseline = baseline, Configuration = configuration ?? TamerConfiguration.Default }).Files.Single();
    }

    private static Baseline BaselineOf(string text, DateTime? expires = null, string? reason = null)
    {
        var file = Lint(text, null);
        return new Baseline(file.Diagnostics.Select(d => new BaselineEntry(Fingerprinter.Of(d, file.Document), d.Message, "ana", reason, expires)), Today);
    }

    [Fact]
    public void Every_baselined_diagnostic_is_hidden_and_counted()
    {
        var result = Lint(Item, BaselineOf(Item));

        result.Diagnostics.ShouldBeEmpty();
        result.BaselinedDiagnostics.Select(d => d.Id).ShouldBe(["TMR0007", "TMR0005"]);
        result.IsRefused.ShouldBeFalse();
    }

    [Fact]
    public void Lines_inserted_above_and_edits_elsewhere_keep_the_fingerprints()
    {
        var baseline = BaselineOf(Item);
        var moved = Item.Replace("id: WI-BAS-0001\n", "id: WI-BAS-0001\n" + string.Concat(Enumerable.Range(1, 10).Select(i => "# note " + i + "\n")), StringComparison.Ordinal)
            .Replace("Text.", "Other text, longer than before.", StringComparison.Ordinal);

        var result = Lint(moved, baseline);

        result.Diagnostics.ShouldBeEmpty();
        result.BaselinedDiagnostics.Select(d => (d.Id, d.Location!.Start.Line)).ShouldBe([("TMR0007", 14), ("TMR0005", 15)]);
    }

    [Fact]
    public void A_changed_offending_text_is_not_hidden_and_its_old_entry_is_reported_fixed_at_the_first_line()
    {
        var baseline = BaselineOf(Item);

        var result = Lint(Item.Replace("reviewer: ana", "reviewed: ana", StringComparison.Ordinal), baseline);

        result.Diagnostics.Select(d => (d.Id, d.Severity, d.Location!.Start.Line, d.Location.Start.Column)).ShouldBe([
            ("TMR9005", DiagnosticSeverity.Info, 1, 1),
            ("TMR0005", DiagnosticSeverity.Warning, 5, 1),
        ]);
        result.Diagnostics[0].Message.ShouldStartWith("the baselined TMR0005 at reviewer is fixed (");
        result.BaselinedDiagnostics.Select(d => d.Id).ShouldBe(["TMR0007"]);
    }

    [Fact]
    public void Near_miss_an_entry_of_another_Work_Item_hides_nothing_and_is_not_reported_fixed()
    {
        var baseline = BaselineOf(Item.Replace("WI-BAS-0001", "WI-BAS-0002", StringComparison.Ordinal));

        var result = Lint(Item, baseline);

        result.Diagnostics.Select(d => d.Id).ShouldBe(["TMR0007", "TMR0005"]);
        result.BaselinedDiagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void One_entry_hides_one_occurrence_only()
    {
        var twice = Item.Replace("reviewer: ana\n", "reviewer: ana\nextra:\n  reviewer: ana\n", StringComparison.Ordinal);
        var file = Lint(Item, null);
        var once = new Baseline(file.Diagnostics.Where(d => d.Id == "TMR0005").Select(d => new BaselineEntry(Fingerprinter.Of(d, file.Document), d.Message, null, null, null)), Today);

        var result = Lint(twice, once);

        result.BaselinedDiagnostics.Count(d => d.Id == "TMR0005").ShouldBe(1);
    }

    [Fact]
    public void An_expired_entry_reports_its_diagnostic_again_with_the_reason_and_one_expiring_today_still_hides()
    {
        var expired = Lint(Item, BaselineOf(Item, Today.AddDays(-1), "the workflow is renamed in Q1"));
        var lastDay = Lint(Item, BaselineOf(Item, Today, "the workflow is renamed in Q1"));

        expired.Diagnostics.Select(d => d.Id).ShouldBe(["TMR0007", "TMR0005"]);
        expired.Diagnostics[0].Message.ShouldEndWith("(its baseline entry expired on 2026-12-06; it was accepted because: the workflow is renamed in Q1; owner: ana)");
        expired.IsRefused.ShouldBeTrue();
        lastDay.Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void TMR9005_follows_the_configured_severity()
    {
        var baseline = BaselineOf(Item);
        var silenced = TamerConfiguration.Default.WithSeverity(ConfigurationParser.ParseSeverityOption("TMR9005=none", out _)!);

        var fixedItem = Item.Replace("reviewer: ana\n", string.Empty, StringComparison.Ordinal);

        Lint(fixedItem, baseline).Diagnostics.Select(d => d.Id).ShouldBe(["TMR9005"]);
        Lint(fixedItem, baseline, silenced).Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void The_file_is_sorted_and_reads_back_the_same()
    {
        var baseline = BaselineOf(Item, Today, "a reason with \"quotes\" and a \\ backslash");
        using var writer = new StringWriter();
        BaselineFile.Write(baseline.Entries.Reverse(), writer);

        var read = BaselineFile.Parse(writer.ToString(), out var problem);

        problem.ShouldBeNull();
        read!.Select(e => e.Fingerprint).ShouldBe(baseline.Entries.Select(e => e.Fingerprint));
        read!.Select(e => e.Fingerprint.DiagnosticId).ShouldBe(["TMR0005", "TMR0007"]);
        read!.ShouldAllBe(e => e.Reason == "a reason with \"quotes\" and a \\ backslash" && e.Owner == "ana" && e.Expires == Today);
    }

    [Theory]
    [InlineData("[1, 2]", "it must be an object with \"version\" and \"entries\"")]
    [InlineData("{ \"version\": 2, \"entries\": [] }", "line 1, column 14: \"version\" must be 1")]
    [InlineData("{ \"version\": 1 }", "line 1, column 1: \"entries\" must be a list")]
    [InlineData("{ \"version\": 1,\n  \"entries\": [ { \"workItem\": \"WI-A-0001\", \"id\": \"TMR0007\", \"node\": \"status\" } ] }", "line 2, column 16: \"hash\" must be a string")]
    [InlineData("{ \"version\": 1, \"entries\": [ 3 ] }", "line 1, column 30: each entry must be an object")]
    [InlineData("{ \"version\": 1, \"entries\": [", "line 1, column 29: it is not JSON")]
    public void A_file_that_is_not_a_baseline_is_a_problem_with_its_line(string text, string expected)
    {
        BaselineFile.Parse(text, out var problem).ShouldBeNull();

        problem.ShouldNotBeNull().ShouldStartWith(expected);
    }

    [Fact]
    public void A_path_override_sets_the_severity_of_the_files_it_matches_and_the_command_line_wins_over_it()
    {
        var parsed = ConfigurationParser.Parse(".tamer.yml", "severity:\n  TMR0005: error\noverrides:\n  - files: [\"legacy/**\"]\n    severity: { TMR0005: info }\n");
        parsed.Diagnostics.ShouldBeEmpty();
        var configuration = parsed.Configuration;
        var document = WorkItemParser.Parse("a.md", Item);
        LintOptions Options(TamerConfiguration c, string relative) => new() { Configuration = c, ConfigurationRelativePath = _ => relative };

        Severity(FormatOnly.Lint(new WorkItemWorkspace([document]), Options(configuration, "legacy/a.md"))).ShouldBe(DiagnosticSeverity.Info);
        Severity(FormatOnly.Lint(new WorkItemWorkspace([document]), Options(configuration, "current/a.md"))).ShouldBe(DiagnosticSeverity.Error);
        var commandLine = configuration.WithSeverity(ConfigurationParser.ParseSeverityOption("TMR0005=warning", out _)!);
        Severity(FormatOnly.Lint(new WorkItemWorkspace([document]), Options(commandLine, "legacy/a.md"))).ShouldBe(DiagnosticSeverity.Warning);
        SettingSource.OfSeverity(configuration, "TMR0005", "legacy/a.md").ToString().ShouldBe("override .tamer.yml:5");
        SettingSource.OfSeverity(configuration, "TMR0005", "current/a.md").ToString().ShouldBe("file .tamer.yml:2");
        SettingSource.OfSeverity(commandLine, "TMR0005", "legacy/a.md").ToString().ShouldBe("command-line");
        SettingSource.OfSeverity(configuration, "TMR0007", "legacy/a.md").ToString().ShouldBe("default");

        static DiagnosticSeverity Severity(LintResult result) => result.Files.Single().Diagnostics.Single(d => d.Id == "TMR0005").Severity;
    }
}
