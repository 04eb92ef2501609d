using System.Text.Json;

namespace Tamer.Spec.Cli.Tests.Metrics;

public sealed class MetricsCommandTests
{
    [Fact]
    public void Json_reports_each_week_of_a_twelve_week_history_as_it_was_built()
    {
        Assert.SkipUnless(Git.IsInstalled, "git is not installed on this machine; metrics reads the history from git");
        using var history = new DatedHistory();
        var commits = TwelveWeeks.Build(history);

        var head = Git.Ok(history.Path, "rev-parse", "HEAD");

        var outcome = CliRun.InProcess(history.Path, "metrics", "--since", "12w", "--format", "json");

        outcome.ExitCode.ShouldBe(0, outcome.Error);
        Git.Ok(history.Path, "status", "--porcelain", "--ignored").ShouldBeEmpty("metrics writes nothing in the repository");
        Git.Ok(history.Path, "rev-parse", "HEAD").ShouldBe(head);
        using var report = JsonDocument.Parse(outcome.Output);
        var weeks = report.RootElement.GetProperty("weeks").EnumerateArray().ToList();
        weeks.Select(w => w.GetProperty("week").GetString()).ShouldBe(Enumerable.Range(2, 12).Select(n => $"2026-W{n:D2}"));
        weeks.Select(w => w.GetProperty("start").GetString()).ShouldBe(Enumerable.Range(0, 12).Select(n => TwelveWeeks.FirstMonday.AddDays(7 * n).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));

        // A week without a commit stands at the commit before it.
        var expectedCommits = new string?[12];
        for (var i = 0; i < 12; i++)
        {
            expectedCommits[i] = commits[i] ?? expectedCommits[i - 1];
        }

        weeks.Select(w => w.GetProperty("commit").GetString()).ShouldBe(expectedCommits);
        Column(weeks, "workItems").ShouldBe([6, 6, 6, 7, 7, 7, 7, 7, 8, 8, 8, 8]);
        Column(weeks, "added").ShouldBe([6, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0]);
        Column(weeks, "changed").ShouldBe([0, 0, 1, 0, 1, 0, 2, 1, 0, 0, 1, 1]);
        Column(weeks, "done").ShouldBe([0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0]);
        Column(weeks, "falsifiable").ShouldBe([1, 1, 2, 3, 4, 4, 5, 6, 6, 6, 7, 8]);
        weeks.Select(w => w.GetProperty("falsifiableShare").GetDouble())
            .ShouldBe([0.1667, 0.1667, 0.3333, 0.4286, 0.5714, 0.5714, 0.7143, 0.8571, 0.75, 0.75, 0.875, 1.0]);
        Column(weeks, "refused").ShouldBe([4, 4, 3, 4, 3, 3, 1, 0, 1, 1, 1, 0]);
        weeks.Select(w => w.GetProperty("refusalRate").GetDouble())
            .ShouldBe([0.6667, 0.6667, 0.5, 0.5714, 0.4286, 0.4286, 0.1429, 0, 0.125, 0.125, 0.125, 0]);

        // Every axis is listed every week; only acceptance and format refuse anything here.
        var axes = report.RootElement.GetProperty("axes").EnumerateArray().Select(a => a.GetString()!).ToList();
        axes.ShouldContain("acceptance");
        axes.ShouldContain("format");
        axes.ShouldContain("scope");
        int[] acceptance = [4, 4, 3, 3, 2, 2, 1, 0, 1, 1, 1, 0];
        int[] format = [0, 0, 0, 1, 1, 1, 0, 0, 0, 0, 0, 0];
        foreach (var axis in axes)
        {
            var expected = axis switch
            {
                "acceptance" => acceptance,
                "format" => format,
                _ => new int[12],
            };
            weeks.Select(w => w.GetProperty("refusedByAxis").GetProperty(axis).GetInt32()).ShouldBe(expected, "refused by " + axis);
        }

        weeks.Select(w => w.GetProperty("refusalRateByAxis").GetProperty("acceptance").GetDouble())
            .ShouldBe([0.6667, 0.6667, 0.5, 0.4286, 0.2857, 0.2857, 0.1429, 0, 0.125, 0.125, 0.125, 0]);
        weeks[3].GetProperty("refusalRateByAxis").GetProperty("format").GetDouble().ShouldBe(0.1429);

        TopCount(weeks[0], "TMR2002").ShouldBe(4);
        TopCount(weeks[0], "TMR2005").ShouldBe(1);
        TopCount(weeks[11], "TMR2002").ShouldBe(0);
    }

    private static int[] Column(List<JsonElement> weeks, string name) => weeks.Select(w => w.GetProperty(name).GetInt32()).ToArray();

    private static int TopCount(JsonElement week, string id) =>
        week.GetProperty("topDiagnostics").EnumerateArray().Where(d => d.GetProperty("id").GetString() == id).Select(d => d.GetProperty("count").GetInt32()).SingleOrDefault();
}
