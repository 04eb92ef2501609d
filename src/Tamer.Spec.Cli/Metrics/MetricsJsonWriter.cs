using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Tamer.Spec.Cli.Metrics;

/// <summary>
/// The JSON report, version 1: <c>generatedAt</c> (the only value that depends on when it was made),
/// <c>until</c>, <c>configuration</c> (<c>pinned</c> or <c>as-of-then</c>), <c>axes</c> and one object
/// per week, oldest first; with a ledger, <c>workers</c>: each worker's totals and weeks.
/// </summary>
internal static class MetricsJsonWriter
{
    public static void Write(MetricsReport report, TextWriter output)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("version", MetricsReport.Version);
            json.WriteString("generatedAt", report.GeneratedAt.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
            json.WriteString("until", report.Until);
            json.WriteString("configuration", report.AsOfThen ? "as-of-then" : "pinned");
            json.WriteStartArray("axes");
            foreach (var axis in report.Axes)
            {
                json.WriteStringValue(axis);
            }

            json.WriteEndArray();
            json.WriteStartArray("weeks");
            foreach (var week in report.Weeks)
            {
                WriteWeek(json, week);
            }

            json.WriteEndArray();
            if (report.Workers is not null)
            {
                json.WriteStartArray("workers");
                foreach (var worker in report.Workers)
                {
                    json.WriteStartObject();
                    json.WriteString("worker", worker.Worker);
                    json.WritePropertyName("total");
                    WriteWorkerWeek(json, worker.Total, withWeek: false);
                    json.WriteStartArray("weeks");
                    foreach (var week in worker.Weeks)
                    {
                        WriteWorkerWeek(json, week, withWeek: true);
                    }

                    json.WriteEndArray();
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        output.Write(Encoding.UTF8.GetString(buffer.ToArray()));
        output.Write('\n');
    }

    private static void WriteWorkerWeek(Utf8JsonWriter json, WorkerWeek week, bool withWeek)
    {
        json.WriteStartObject();
        if (withWeek)
        {
            json.WriteString("week", week.Week);
        }

        json.WriteNumber("assignments", week.Assignments);
        json.WriteNumber("submissions", week.Submissions);
        json.WriteNumber("driftRefusals", week.DriftRefusals);
        json.WriteNumber("completions", week.Completions);
        json.WriteNumber("scopeRequests", week.ScopeRequests);
        json.WriteEndObject();
    }

    private static void WriteWeek(Utf8JsonWriter json, WeekFigures week)
    {
        json.WriteStartObject();
        json.WriteString("week", week.Week);
        json.WriteString("start", week.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (week.Commit is null)
        {
            json.WriteNull("commit");
        }
        else
        {
            json.WriteString("commit", week.Commit);
        }

        if (week.ConfigurationProblem is not null)
        {
            json.WriteString("configurationProblem", week.ConfigurationProblem);
        }

        json.WriteNumber("workItems", week.WorkItems);
        json.WriteNumber("added", week.Added);
        json.WriteNumber("changed", week.Changed);
        json.WriteNumber("done", week.Done);
        json.WriteNumber("falsifiable", week.Falsifiable);
        json.WriteNumber("falsifiableShare", week.FalsifiableShare);
        json.WriteNumber("refused", week.Refused);
        json.WriteNumber("refusalRate", week.RefusalRate);
        json.WriteStartObject("refusedByAxis");
        foreach (var axis in week.RefusedByAxis)
        {
            json.WriteNumber(axis.Axis, axis.Refused);
        }

        json.WriteEndObject();
        json.WriteStartObject("refusalRateByAxis");
        foreach (var axis in week.RefusedByAxis)
        {
            json.WriteNumber(axis.Axis, WeekFigures.Share(axis.Refused, week.WorkItems));
        }

        json.WriteEndObject();
        json.WriteStartArray("topDiagnostics");
        foreach (var diagnostic in week.TopDiagnostics)
        {
            json.WriteStartObject();
            json.WriteString("id", diagnostic.Id);
            json.WriteNumber("count", diagnostic.Count);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
