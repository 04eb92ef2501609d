using System.Text.Json.Nodes;

namespace Tamer.Spec.Cli.Tests.Metrics;

/// <summary>
/// The HTML report as a reader's browser shows it: headless Chromium (Debian's package) opens the
/// file, and the test reads the charts and their tables through the DOM.
/// </summary>
public sealed class HtmlReportBrowserTests
{
    [Fact]
    public void The_html_report_renders_offline_without_console_errors_and_each_chart_has_its_table()
    {
        Assert.SkipUnless(Git.IsInstalled, "git is not installed on this machine; metrics reads the history from git");
        var chromium = HeadlessChromium.Find();
        if (chromium is null)
        {
            // CI installs Debian's chromium package and sets TAMER_REQUIRE_CHROMIUM, so there the test cannot skip.
            Environment.GetEnvironmentVariable("TAMER_REQUIRE_CHROMIUM").ShouldNotBe("1", "chromium is required here but not on PATH");
            Assert.Skip("chromium is not installed on this machine (apt-get install chromium); the report is checked in a real browser");
        }

        using var history = new DatedHistory();
        TwelveWeeks.Build(history);
        var outcome = CliRun.InProcess(history.Path, "metrics", "--since", "12w", "--format", "html", "-o", "report.html");
        outcome.ExitCode.ShouldBe(0, outcome.Error);
        var report = new Uri(Path.Combine(history.Path, "report.html"));

        using var browser = HeadlessChromium.Start(chromium);
        browser.Open(report);

        browser.Requests.ShouldBe([report.AbsoluteUri], "the report requests nothing but itself");
        browser.Problems.ShouldBeEmpty();

        var trend = browser.Evaluate("""
            (() => {
              const svg = document.querySelector('#trend svg');
              const table = document.getElementById(svg.getAttribute('aria-describedby'));
              return {
                role: svg.getAttribute('role'),
                label: document.getElementById(svg.getAttribute('aria-labelledby')).textContent,
                lines: [...svg.querySelectorAll('polyline')].map(p => p.getAttribute('class')),
                points: svg.querySelectorAll('circle').length,
                caption: table.caption.textContent,
                headers: [...table.tHead.rows[0].cells].map(c => c.textContent),
                rows: [...table.tBodies[0].rows].map(r => [...r.cells].map(c => c.textContent)),
                rowHeaders: [...table.tBodies[0].rows].map(r => r.cells[0].tagName + ':' + r.cells[0].getAttribute('scope')),
              };
            })()
            """)!;
        trend["role"]!.GetValue<string>().ShouldBe("img");
        trend["label"]!.GetValue<string>().ShouldBe("Falsifiable share and refusal rate by week");
        Strings(trend["lines"]).ShouldBe(["line falsifiable", "line refused"]);
        trend["points"]!.GetValue<int>().ShouldBe(24);
        trend["caption"]!.GetValue<string>().ShouldBe("Falsifiable share and refusal rate by week");
        var rows = trend["rows"]!.AsArray().Select(Strings).ToList();
        rows.Count.ShouldBe(12);
        rows[3].ShouldBe(["2026-W05", "7", "1", "0", "0", "3", "42.9%", "4", "57.1%"]);
        rows[11].ShouldBe(["2026-W13", "8", "0", "1", "0", "8", "100.0%", "0", "0.0%"]);
        Strings(trend["rowHeaders"]).Distinct().ShouldBe(["TH:row"]);

        var axes = browser.Evaluate("""
            (() => {
              const svg = document.querySelector('#axes svg');
              const table = document.getElementById(svg.getAttribute('aria-describedby'));
              return {
                label: document.getElementById(svg.getAttribute('aria-labelledby')).textContent,
                bars: [...svg.querySelectorAll('rect.bar')].map(r => r.dataset.week + ' ' + r.dataset.axis + ' ' + Math.round(r.getBBox().height)),
                headers: [...table.tHead.rows[0].cells].map(c => c.textContent),
                rows: [...table.tBodies[0].rows].map(r => [...r.cells].map(c => c.textContent)),
              };
            })()
            """)!;
        axes["label"]!.GetValue<string>().ShouldBe("Refused Work Items by axis and week");
        var bars = Strings(axes["bars"]);
        bars.Length.ShouldBe(13, "one bar segment per week and axis that refused something: 10 for acceptance, 3 for format");
        bars.Count(b => b.Contains(" acceptance ", StringComparison.Ordinal)).ShouldBe(10);
        bars.Count(b => b.Contains(" format ", StringComparison.Ordinal)).ShouldBe(3);

        // Heights are proportional: in 2026-W05, acceptance (3) is three times format (1).
        var height = (string axis) => int.Parse(bars.Single(b => b.StartsWith("2026-W05 " + axis + " ", StringComparison.Ordinal)).Split(' ')[2], System.Globalization.CultureInfo.InvariantCulture);
        Math.Abs(height("acceptance") - (3 * height("format"))).ShouldBeLessThanOrEqualTo(2);
        var headers = Strings(axes["headers"]).ToList();
        var w05 = Strings(axes["rows"]![3]);
        w05[0].ShouldBe("2026-W05");
        w05[headers.IndexOf("acceptance")].ShouldBe("3");
        w05[headers.IndexOf("format")].ShouldBe("1");
        w05[headers.IndexOf("scope")].ShouldBe("0");

        var output = Path.Combine(AppContext.BaseDirectory, "metrics-report");
        browser.PreferColorScheme("light");
        browser.Evaluate("getComputedStyle(document.body).backgroundColor")!.GetValue<string>().ShouldBe("rgb(255, 255, 255)");
        browser.Screenshot(Path.Combine(output, "light.png"));
        browser.PreferColorScheme("dark");
        browser.Evaluate("getComputedStyle(document.body).backgroundColor")!.GetValue<string>().ShouldBe("rgb(13, 17, 23)");
        browser.Screenshot(Path.Combine(output, "dark.png"));
        new FileInfo(Path.Combine(output, "light.png")).Length.ShouldBeGreaterThan(10_000);
        browser.Problems.ShouldBeEmpty();
    }

    private static string[] Strings(JsonNode? array) => array!.AsArray().Select(n => n!.GetValue<string>()).ToArray();
}
