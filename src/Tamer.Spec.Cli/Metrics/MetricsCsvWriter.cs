using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace Tamer.Spec.Cli.Metrics;

/// <summary>
/// The CSV report (RFC 4180, comma-separated, CRLF line ends, a header row): one row per week,
/// a <c>refused_AXIS</c> column per axis, and the most frequent diagnostics as <c>ID:COUNT</c>
/// separated by spaces; with a ledger, five <c>worker:NAME:COUNT</c> columns per worker.
/// </summary>
internal static class MetricsCsvWriter
{
    public static void Write(MetricsReport report, TextWriter output)
    {
        var header = new[] { "week", "start", "commit", "work_items", "added", "changed", "done", "falsifiable", "falsifiable_share", "refused", "refusal_rate" }
            .Concat(report.Axes.Select(a => "refused_" + a))
            .Concat(new[] { "top_diagnostics", "configuration_problem" })
            .Concat((report.Workers ?? []).SelectMany(w => WorkerColumns.Select(c => "worker:" + w.Worker + ":" + c)));
        output.Write(string.Join(",", header.Select(Field)) + "\r\n");
        foreach (var week in report.Weeks)
        {
            var cells = new[]
                {
                    week.Week,
                    week.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    week.Commit ?? string.Empty,
                    Number(week.WorkItems),
                    Number(week.Added),
                    Number(week.Changed),
                    Number(week.Done),
                    Number(week.Falsifiable),
                    week.FalsifiableShare.ToString("0.####", CultureInfo.InvariantCulture),
                    Number(week.Refused),
                    week.RefusalRate.ToString("0.####", CultureInfo.InvariantCulture),
                }
                .Concat(week.RefusedByAxis.Select(a => Number(a.Refused)))
                .Concat(new[] { string.Join(" ", week.TopDiagnostics.Select(d => d.Id + ":" + Number(d.Count))), week.ConfigurationProblem ?? string.Empty })
                .Concat((report.Workers ?? []).SelectMany(w => WorkerCells(w.Weeks.First(x => x.Week == week.Week))));
            output.Write(string.Join(",", cells.Select(Field)) + "\r\n");
        }
    }

    private static readonly string[] WorkerColumns = ["assignments", "submissions", "drift_refusals", "completions", "scope_requests"];

    private static IEnumerable<string> WorkerCells(WorkerWeek week) =>
        new[] { week.Assignments, week.Submissions, week.DriftRefusals, week.Completions, week.ScopeRequests }.Select(Number);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    // A field with a comma, a quote or a line end is quoted, its quotes doubled.
    private static string Field(string value) =>
        value.IndexOfAny([',', '"', '\r', '\n']) < 0 ? value : "\"" + value.Replace("\"", "\"\"", System.StringComparison.Ordinal) + "\"";
}
