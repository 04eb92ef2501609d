using System.Text.Json;

namespace Tamer.Spec.Cli.Tests.Metrics;

public sealed class MetricsOptionsTests
{
    [Fact]
    public void The_same_history_gives_the_same_report_byte_for_byte_apart_from_the_generation_time()
    {
        Assert.SkipUnless(Git.IsInstalled, "git is not installed on this machine; metrics reads the history from git");
        using var history = new DatedHistory();
        TwelveWeeks.Build(history);

        foreach (var format in new[] { "json", "text", "csv", "html" })
        {
            var first = CliRun.InProcess(history.Path, "metrics", "--since", "12w", "--format", format);
            Thread.Sleep(1100);
            var second = CliRun.AsProcess(history.Path, "metrics", "--since", "12w", "--format", format);
            first.ExitCode.ShouldBe(0, first.Error);
            second.ExitCode.ShouldBe(0, second.Error);
            WithoutGenerationTime(second.Output).ShouldBe(WithoutGenerationTime(first.Output), format);
            WithoutGenerationTime(first.Output).Length.ShouldBeGreaterThan(200, format);
        }
    }

    [Fact]
    public void Csv_has_a_header_and_one_row_per_week_with_a_column_per_axis()
    {
        Assert.SkipUnless(Git.IsInstalled, "git is not installed on this machine; metrics reads the history from git");
        using var history = new DatedHistory();
        TwelveWeeks.Build(history);

        var outcome = CliRun.InProcess(history.Path, "metrics", "--since", "12w", "--format", "csv");

        outcome.ExitCode.ShouldBe(0, outcome.Error);
        outcome.Output.ShouldContain("\r\n");
        var rows = outcome.OutputLines.Select(l => l.Split(',')).ToList();
        rows.Count.ShouldBe(13);
        var header = rows[0].ToList();
        header.Take(11).ShouldBe(["week", "start", "commit", "work_items", "added", "changed", "done", "falsifiable", "falsifiable_share", "refused", "refusal_rate"]);
        var week4 = rows[4];
        week4[0].ShouldBe("2026-W05");
        week4[header.IndexOf("work_items")].ShouldBe("7");
        week4[header.IndexOf("added")].ShouldBe("1");
        week4[header.IndexOf("falsifiable_share")].ShouldBe("0.4286");
        week4[header.IndexOf("refused_format")].ShouldBe("1");
        week4[header.IndexOf("refused_acceptance")].ShouldBe("3");
        rows[12][header.IndexOf("falsifiable_share")].ShouldBe("1");
    }

    [Fact]
    public void Text_lists_one_line_per_week()
    {
        Assert.SkipUnless(Git.IsInstalled, "git is not installed on this machine; metrics reads the history from git");
        using var history = new DatedHistory();
        TwelveWeeks.Build(history);

        var outcome = CliRun.InProcess(history.Path, "metrics", "--since", "12w");

        outcome.ExitCode.ShouldBe(0, outcome.Error);
        var weekLines = outcome.OutputLines.Where(l => l.StartsWith("2026-W", StringComparison.Ordinal)).ToList();
        weekLines.Count.ShouldBe(12);
        weekLines[0].Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(7).ShouldBe(["2026-W02", "6", "6", "0", "0", "16.7%", "66.7%"]);
        weekLines[11].Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(7).ShouldBe(["2026-W13", "8", "0", "1", "0", "100.0%", "0.0%"]);
    }

    [Fact]
    public void Until_ends_the_history_at_a_revision_and_since_counts_weeks_back_from_it_or_starts_at_a_date()
    {
        Assert.SkipUnless(Git.IsInstalled, "git is not installed on this machine; metrics reads the history from git");
        using var history = new DatedHistory();
        var commits = TwelveWeeks.Build(history);

        var untilWeek8 = Weeks(CliRun.InProcess(history.Path, "metrics", "--since", "3w", "--until", commits[7]!, "--format", "json"));
        untilWeek8.Select(w => w.GetProperty("week").GetString()).ShouldBe(["2026-W07", "2026-W08", "2026-W09"]);
        untilWeek8.Select(w => w.GetProperty("falsifiable").GetInt32()).ShouldBe([4, 5, 6]);

        // The week before the first is the baseline: nothing is "added" again.
        untilWeek8[0].GetProperty("added").GetInt32().ShouldBe(0);

        var fromDate = Weeks(CliRun.InProcess(history.Path, "metrics", "--since", "2026-03-04", "--format", "json"));
        fromDate.Select(w => w.GetProperty("week").GetString()).ShouldBe(["2026-W10", "2026-W11", "2026-W12", "2026-W13"]);
    }

    [Fact]
    public void Output_writes_the_report_to_a_file_and_says_so()
    {
        Assert.SkipUnless(Git.IsInstalled, "git is not installed on this machine; metrics reads the history from git");
        using var history = new DatedHistory();
        TwelveWeeks.Build(history);

        var outcome = CliRun.InProcess(history.Path, "metrics", "--since", "12w", "--format", "json", "-o", "out/metrics.json");

        outcome.ExitCode.ShouldBe(0, outcome.Error);
        outcome.Output.ShouldBe("tamer-lint metrics: 12 weeks written to out/metrics.json\n");
        using var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(history.Path, "out", "metrics.json")));
        report.RootElement.GetProperty("weeks").GetArrayLength().ShouldBe(12);
    }

    [Fact]
    public void As_of_then_lints_each_week_with_the_configuration_it_had()
    {
        Assert.SkipUnless(Git.IsInstalled, "git is not installed on this machine; metrics reads the history from git");
        using var history = new DatedHistory();
        var monday = TwelveWeeks.FirstMonday;
        history.Write("work-items/a.md", MetricsWorkItems.Item(1, "ready", MetricsWorkItems.Vague));
        history.CommitAt(monday.AddDays(2), "a vague item");
        history.Write(".tamer.yml", "severity:\n  TMR2002: warning\n");
        history.CommitAt(monday.AddDays(9), "TMR2002 only warns");
        history.Write(".tamer.yml", "severity: [\n");
        history.CommitAt(monday.AddDays(16), "a configuration that does not parse");
        history.Write(".tamer.yml", "rules:\n  acceptance: off\n");
        history.CommitAt(monday.AddDays(23), "acceptance off");
        history.Delete(".tamer.yml");

        var asOfThen = Weeks(CliRun.InProcess(history.Path, "metrics", "--since", "4w", "--format", "json", "--as-of-then"));
        asOfThen.Select(w => w.GetProperty("refused").GetInt32()).ShouldBe([1, 0, 0, 0]);
        asOfThen[2].GetProperty("configurationProblem").GetString()!.ShouldContain(".tamer.yml");
        asOfThen[0].TryGetProperty("configurationProblem", out _).ShouldBeFalse();
        asOfThen.Select(w => w.GetProperty("falsifiable").GetInt32()).ShouldBe([0, 0, 0, 0]);

        // Without it, every week is linted with the configuration of the working tree (none: the defaults).
        var pinned = Weeks(CliRun.InProcess(history.Path, "metrics", "--since", "4w", "--format", "json"));
        pinned.Select(w => w.GetProperty("refused").GetInt32()).ShouldBe([1, 1, 1, 1]);
    }

    [Theory]
    [InlineData("--since", "0w", "--since takes 1 to 520 weeks, not 0")]
    [InlineData("--since", "yesterday", "--since takes a number of weeks (26w) or a date (2026-01-05), not 'yesterday'")]
    [InlineData("--until", "no-such-branch", "'no-such-branch' names no commit in")]
    [InlineData("--until", "--output=x", "'--output=x' is not a revision")]
    public void Bad_options_end_in_one_line_and_exit_code_2(string option, string value, string message)
    {
        Assert.SkipUnless(Git.IsInstalled, "git is not installed on this machine; metrics reads the history from git");
        using var history = new DatedHistory();
        history.Write("work-items/a.md", MetricsWorkItems.Item(1, "ready", MetricsWorkItems.Falsifiable));
        history.CommitAt(TwelveWeeks.FirstMonday, "one item");

        var outcome = CliRun.InProcess(history.Path, "metrics", option + "=" + value);

        outcome.ExitCode.ShouldBe(2);
        outcome.ErrorLines.Length.ShouldBe(1);
        outcome.Error.ShouldContain(message);
    }

    [Fact]
    public void Outside_a_repository_metrics_says_it_needs_one()
    {
        using var folder = new Tamer.Spec.Testing.TemporaryDirectory();

        var outcome = CliRun.InProcess(folder.Path, "metrics");

        outcome.ExitCode.ShouldBe(2);
        outcome.Error.ShouldContain("is not inside one");
    }

    private static List<JsonElement> Weeks(CliOutcome outcome)
    {
        outcome.ExitCode.ShouldBe(0, outcome.Error);
        return JsonDocument.Parse(outcome.Output).RootElement.GetProperty("weeks").EnumerateArray().ToList();
    }

    private static string WithoutGenerationTime(string report) =>
        string.Join("\n", report.Split('\n').Where(l => !l.Contains("\"generatedAt\"", StringComparison.Ordinal) && !l.StartsWith("Work Item metrics up to", StringComparison.Ordinal) && !l.StartsWith("<p class=\"meta\">Generated", StringComparison.Ordinal)));
}
