using System.Globalization;
using System.IO;
using System.Linq;
using Tamer.Spec.Diagnostics;
using Tamer.Spec.Reporting;
using Tamer.Spec.Rules.Traceability;

namespace Tamer.Spec.Cli.Commands;

/// <summary>
/// The reports of <c>trace</c>. Text: each Work Item with its criteria and the tests that claim
/// them, then the diagnostics in the compiler form, then a summary. JSON (version 1): the same,
/// as <c>workItems</c>, <c>diagnostics</c> and <c>summary</c>.
/// </summary>
internal static class TraceReport
{
    public static void WriteText(TraceResult trace, TextWriter output)
    {
        foreach (var workItem in trace.Report.Criteria.GroupBy(c => c.Document))
        {
            var item = workItem.Key.WorkItem!;
            var claimed = workItem.Count(c => c.ClaimedBy.Count > 0);
            output.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0} {1} ({2}): {3} of {4} criteria claimed", workItem.Key.Path, item.Id!.Value, Model.WorkItemFormat.ToValue(item.Status), claimed, workItem.Count()));
            foreach (var criterion in workItem)
            {
                var claims = criterion.ClaimedBy.Count == 0
                    ? (criterion.Criterion.IsManual ? "manual: a person checks it" + HowChecked(criterion.Criterion) : "no test claims it")
                    : "claimed by " + string.Join(", ", criterion.ClaimedBy.Select(c => c.Claimant + " (" + c.WorkItem.Location.Path + ":" + c.WorkItem.Location.Start.Line.ToString(CultureInfo.InvariantCulture) + ")"));
                output.WriteLine("  " + Name(criterion).PadRight(6) + " " + claims);
            }
        }

        var tool = ToolInfo.TamerLint();
        foreach (var diagnostic in trace.Report.Diagnostics)
        {
            output.WriteLine(TextReportWriter.Line(diagnostic, tool));
        }

        output.WriteLine(string.Format(
            CultureInfo.InvariantCulture,
            "{0} of {1} of {2} claimed, by {3} in {4} ({5}, {6})",
            trace.ClaimedCount,
            Count(trace.Report.Criteria.Count, "criterion", "criteria"),
            Count(trace.WorkItemCount, "Work Item", "Work Items"),
            Count(trace.ClaimCount, "claim", "claims"),
            Count(trace.FileCount, "C# file", "C# files"),
            Count(trace.Errors, "error", "errors"),
            Count(trace.Warnings, "warning", "warnings")));
    }

    public static void WriteJson(TraceResult trace, TextWriter output)
    {
        var tool = ToolInfo.TamerLint();
        var json = new JsonWriter(output);
        json.StartObject();
        json.Property("version", JsonReportWriter.FormatVersion);
        json.Name("tool").StartObject().Property("name", tool.Name).Property("version", tool.Version).EndObject();
        json.Name("workItems").StartArray();
        foreach (var workItem in trace.Report.Criteria.GroupBy(c => c.Document))
        {
            var item = workItem.Key.WorkItem!;
            json.StartObject().Property("path", workItem.Key.Path).Property("id", item.Id!.Value).Property("status", Model.WorkItemFormat.ToValue(item.Status));
            json.Name("criteria").StartArray();
            foreach (var criterion in workItem)
            {
                var position = workItem.Key.GetLocation(criterion.Criterion.IdSpan ?? criterion.Criterion.Span).Start;
                json.StartObject().Property("id", criterion.Criterion.Id).Property("index", criterion.Criterion.Index + 1).Property("line", position.Line).Property("column", position.Column);
                if (criterion.Criterion.IsManual)
                {
                    json.Property("manual", true).Property("verify", criterion.Criterion.Verify?.Value);
                }

                json.Name("claimedBy").StartArray();
                foreach (var claim in criterion.ClaimedBy)
                {
                    json.StartObject().Property("test", claim.Claimant).Property("path", claim.WorkItem.Location.Path).Property("line", claim.WorkItem.Location.Start.Line).Property("column", claim.WorkItem.Location.Start.Column).EndObject();
                }

                json.EndArray().EndObject();
            }

            json.EndArray().EndObject();
        }

        json.EndArray();
        json.Name("diagnostics").StartArray();
        foreach (var diagnostic in trace.Report.Diagnostics)
        {
            var location = diagnostic.Location!;
            json.StartObject().Property("id", diagnostic.Id).Property("severity", diagnostic.Severity.ToName()).Property("message", diagnostic.Message)
                .Property("path", location.Path).Property("line", location.Start.Line).Property("column", location.Start.Column).Property("endLine", location.End.Line).Property("endColumn", location.End.Column)
                .EndObject();
        }

        json.EndArray();
        json.Name("summary").StartObject()
            .Property("workItems", trace.WorkItemCount).Property("criteria", trace.Report.Criteria.Count).Property("claimed", trace.ClaimedCount)
            .Property("claims", trace.ClaimCount).Property("files", trace.FileCount).Property("errors", trace.Errors).Property("warnings", trace.Warnings)
            .EndObject();
        json.EndObject();
        output.WriteLine();
    }

    private static string HowChecked(Model.AcceptanceCriterion criterion) =>
        string.IsNullOrWhiteSpace(criterion.Verify?.Value) ? " (it does not say how: TMR6007)" : " (" + criterion.Verify!.Value.Trim() + ")";

    private static string Count(int count, string one, string many) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? one : many);

    private static string Name(CriterionTrace criterion) =>
        criterion.Criterion.Id ?? "#" + (criterion.Criterion.Index + 1).ToString(CultureInfo.InvariantCulture);
}
