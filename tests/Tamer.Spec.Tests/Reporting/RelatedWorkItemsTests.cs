using System.Text.Json;
using NuGet.Versioning;
using Tamer.Spec.Diagnostics;
using Tamer.Spec.Engine;
using Tamer.Spec.Parsing;
using Tamer.Spec.Reporting;
using Tamer.Spec.Text;

namespace Tamer.Spec.Tests.Reporting;

/// <summary>
/// A diagnostic about other Work Items carries all of them to the JSON report (an added, optional
/// field of version 1) and to the SARIF report (the result's property bag); the text and GitHub
/// formats keep their one line.
/// </summary>
public sealed class RelatedWorkItemsTests
{
    private static readonly DiagnosticDescriptor Descriptor = new("TST4004", "Overlap", "overlaps {0}", DiagnosticSeverity.Warning, new Uri("https://example.com/TST4004"));

    private static readonly RelatedWorkItem[] Related =
    [
        new("WI-B-0001", "in_progress", "src/gateway/routes.ts"),
        new("WI-C-0002", "review", "src/odd\tname \"quoted\" \\ back\nslash/"),
    ];

    private static LintResult Result()
    {
        var document = WorkItemParser.Parse("work-items/a.md", "---\nid: WI-A-0001\ntitle: t\n---\n");
        var rule = new RuleReference("dependencies", new NuGetVersion(2, 1, 0));
        var about = new Diagnostic(Descriptor, DiagnosticSeverity.Warning, "overlaps 2", document.GetLocation(new TextSpan(4, 13)), rule)
            .WithProperties(new Dictionary<string, string> { [RelatedWorkItems.PropertyName] = RelatedWorkItems.Format(Related), ["dependency"] = "WI-B-0001" });
        var plain = new Diagnostic(Descriptor, DiagnosticSeverity.Warning, "overlaps nothing", document.GetLocation(new TextSpan(18, 8)), rule);
        return LintResult.FromCheck(Array.Empty<SelectedRule>(), document, [about, plain]);
    }

    private static string Write(ReportFormat format)
    {
        using var writer = new StringWriter();
        ReportWriters.For(format).Write(Result(), new ToolInfo("tamer-lint", "1.2.3", "/repo"), writer);
        return writer.ToString();
    }

    private static string[] Entries(JsonElement array) =>
        array.EnumerateArray().Select(e => e.GetProperty("id").GetString() + "|" + e.GetProperty("status").GetString() + "|" + e.GetProperty("sharedPath").GetString()).ToArray();

    [Fact]
    public void The_property_reads_back_what_was_written_tabs_quotes_and_line_breaks_included()
    {
        RelatedWorkItems.Parse(RelatedWorkItems.Format(Related)).ShouldBe(Related);
        RelatedWorkItems.Parse(string.Empty).ShouldBeEmpty();
    }

    [Fact]
    public void Json_lists_every_related_work_item_and_only_where_there_are_some()
    {
        var text = Write(ReportFormat.Json);
        using var json = JsonDocument.Parse(text);
        var diagnostics = json.RootElement.GetProperty("files")[0].GetProperty("diagnostics");

        Entries(diagnostics[0].GetProperty("relatedWorkItems")).ShouldBe(["WI-B-0001|in_progress|src/gateway/routes.ts", "WI-C-0002|review|src/odd\tname \"quoted\" \\ back\nslash/"]);
        diagnostics[1].TryGetProperty("relatedWorkItems", out _).ShouldBeFalse();
        text.ShouldContain("\n            { \"id\": \"WI-B-0001\", \"status\": \"in_progress\", \"sharedPath\": \"src/gateway/routes.ts\" },\n");
    }

    [Fact]
    public void Sarif_carries_them_in_the_result_s_property_bag_and_stays_valid()
    {
        using var json = JsonDocument.Parse(Write(ReportFormat.Sarif));
        var results = json.RootElement.GetProperty("runs")[0].GetProperty("results");

        SarifShape.Violations(json.RootElement).ShouldBeEmpty();
        Entries(results[0].GetProperty("properties").GetProperty("relatedWorkItems")).ShouldBe(["WI-B-0001|in_progress|src/gateway/routes.ts", "WI-C-0002|review|src/odd\tname \"quoted\" \\ back\nslash/"]);
        results[0].GetProperty("properties").GetProperty("ruleVersion").GetString().ShouldBe("2.1.0");
        results[1].GetProperty("properties").TryGetProperty("relatedWorkItems", out _).ShouldBeFalse();
    }

    [Fact]
    public void Text_and_github_stay_one_line_per_diagnostic()
    {
        Write(ReportFormat.Text).Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(3);
        Write(ReportFormat.GitHub).Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(2);
    }
}
