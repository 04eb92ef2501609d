using System.Globalization;
using System.IO;
using System.Linq;

namespace Tamer.Spec.Cli.Metrics;

/// <summary>The text report: one line per week, columns aligned, then the axes' refusals and the most frequent diagnostics.</summary>
internal static class MetricsTextWriter
{
    public static void Write(MetricsReport report, TextWriter output)
    {
        output.Write("Work Item metrics up to " + report.Until[..System.Math.Min(12, report.Until.Length)] + " (" + (report.AsOfThen ? "each week's configuration" : "the current configuration") + "), generated " + report.GeneratedAt.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture) + "\n\n");
        var header = new[] { "week", "items", "added", "changed", "done", "falsifiable", "refused" }
            .Concat(report.Axes.Select(a => "refused:" + a))
            .Append("top diagnostics")
            .ToArray();
        var rows = report.Weeks.Select(w => new[]
            {
                w.Week,
                Number(w.WorkItems),
                Number(w.Added),
                Number(w.Changed),
                Number(w.Done),
                Percent(w.FalsifiableShare),
                Percent(w.RefusalRate),
            }
            .Concat(w.RefusedByAxis.Select(a => Number(a.Refused)))
            .Append(w.ConfigurationProblem is { } problem ? "configuration problem: " + problem : string.Join(" ", w.TopDiagnostics.Select(d => d.Id + "×" + Number(d.Count))))
            .ToArray()).ToList();
        var widths = header.Select((h, i) => rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
        WriteRow(output, header, widths);
        foreach (var row in rows)
        {
            WriteRow(output, row, widths);
        }

        if (report.Workers is { } workers)
        {
            output.Write("\nper worker, " + (report.Weeks.Count == 0 ? "no week" : report.Weeks[0].Week + " to " + report.Weeks[^1].Week) + ", from the host's ledger\n\n");
            var workerHeader = new[] { "worker", "assignments", "submissions", "drift refusals", "completions", "scope requests" };
            var workerRows = workers.Select(w => new[] { w.Worker, Number(w.Total.Assignments), Number(w.Total.Submissions), Number(w.Total.DriftRefusals), Number(w.Total.Completions), Number(w.Total.ScopeRequests), string.Empty }).ToList();
            var workerWidths = workerHeader.Append(string.Empty).Select((h, i) => workerRows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
            WriteRow(output, workerHeader.Append(string.Empty).ToArray(), workerWidths);
            foreach (var row in workerRows)
            {
                WriteRow(output, row, workerWidths);
            }
        }
    }

    private static void WriteRow(TextWriter output, string[] cells, int[] widths)
    {
        var line = string.Join("  ", cells.Select((c, i) => i == 0 || i == cells.Length - 1 ? c.PadRight(widths[i]) : c.PadLeft(widths[i])));
        output.Write(line.TrimEnd() + "\n");
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Percent(double share) => (share * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";
}
