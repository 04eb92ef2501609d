using System.Globalization;
using System.IO;
using System.Linq;
using Tamer.Spec.Cli.Metrics.Html;
using static Tamer.Spec.Cli.Metrics.Html.HtmlText;

namespace Tamer.Spec.Cli.Metrics;

/// <summary>
/// The HTML report: one self-contained file (inline style sheet and SVG charts, no script, no
/// font, nothing fetched; its content security policy forbids any request) that opens offline.
/// Each chart is followed by a table of its numbers, which screen readers read in its place.
/// </summary>
internal static class MetricsHtmlWriter
{
    public static void Write(MetricsReport report, TextWriter html)
    {
        html.Write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Write("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n");
        html.Write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"color-scheme\" content=\"light dark\">\n");
        html.Write("<title>Work Item metrics</title>\n<style>\n" + ReportStyle.Css + "</style>\n</head>\n<body>\n<main>\n");
        html.Write("<h1>Work Item metrics</h1>\n");
        var first = report.Weeks.Count == 0 ? "no week" : report.Weeks[0].Week + " to " + report.Weeks[^1].Week;
        html.Write("<p class=\"meta\">" + Escape(first) + ", up to commit <code>" + Escape(report.Until) + "</code>, linted with "
            + (report.AsOfThen ? "the configuration each week had" : "the current configuration") + ".</p>\n");
        var generated = report.GeneratedAt.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        html.Write("<p class=\"meta\">Generated <time datetime=\"" + generated + "\">" + generated + "</time>.</p>\n");
        html.Write("<h2>Falsifiable criteria and refusals</h2>\n");
        html.Write("<p>The share of Work Items whose every acceptance criterion is falsifiable, and the share the gate refuses, at the end of each week.</p>\n");
        LineChart.Write(html, report.Weeks);
        html.Write("<h2>Refusals by axis</h2>\n");
        StackedBarChart.Write(html, report.Weeks, report.Axes);
        if (report.Weeks.Any(w => w.ConfigurationProblem is not null))
        {
            html.Write("<p>Weeks whose configuration could not be used have no figures; the table above names the problem.</p>\n");
        }

        if (report.Workers is { } workers)
        {
            WorkerTables.Write(html, workers);
        }

        html.Write("</main>\n</body>\n</html>\n");
    }
}
