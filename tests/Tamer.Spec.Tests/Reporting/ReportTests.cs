using System.Text.Json;
using System.Text.RegularExpressions;
using Tamer.Spec.Engine;
using Tamer.Spec.Reporting;
using Tamer.Spec.Rules.Format;
using Tamer.Spec.Testing;

namespace Tamer.Spec.Tests.Reporting;

/// <summary>The report shapes are public contracts: each is pinned here.</summary>
public sealed class ReportTests
{
    private static readonly Lazy<LintResult> Result = new(() =>
        FixtureFolder.Lint(
            RepositoryPaths.InRepository("rules", "format", "fixtures"),
            new LintEngine(new Tamer.Spec.Rules.RulePack[] { FormatRulePack.Instance, new VersionedTestPack() })).Result);

    private static readonly ToolInfo Tool = new("tamer-lint", "1.2.3", "/repo");

    private static string Write(ReportFormat format)
    {
        using var writer = new StringWriter();
        ReportWriters.For(format).Write(Result.Value, Tool, writer);
        return writer.ToString();
    }

    [Fact]
    public void Json_has_every_documented_field_with_its_type()
    {
        using var json = JsonDocument.Parse(Write(ReportFormat.Json));
        var root = json.RootElement;

        root.GetProperty("version").GetInt32().ShouldBe(1);
        root.GetProperty("tool").GetProperty("name").GetString().ShouldBe("tamer-lint");
        root.GetProperty("tool").GetProperty("version").GetString().ShouldBe("1.2.3");
        root.GetProperty("rules").EnumerateArray()
            .Select(r => r.GetProperty("axis").GetString() + "@" + r.GetProperty("version").GetString())
            .ShouldBe(new[] { "format@1.0.0", "versioned@2.0.0" });
        var files = root.GetProperty("files").EnumerateArray().ToList();
        files.Count.ShouldBe(Result.Value.Files.Count);
        foreach (var file in files)
        {
            file.GetProperty("path").GetString().ShouldNotBeNullOrEmpty();
            file.GetProperty("id").ValueKind.ShouldBeOneOf(JsonValueKind.String, JsonValueKind.Null);
            file.GetProperty("refused").ValueKind.ShouldBeOneOf(JsonValueKind.True, JsonValueKind.False);
            foreach (var diagnostic in file.GetProperty("diagnostics").EnumerateArray())
            {
                diagnostic.GetProperty("id").GetString()!.ShouldMatch("^[A-Z]{3}[0-9]{4}$");
                diagnostic.GetProperty("severity").GetString().ShouldBeOneOf("error", "warning", "info");
                diagnostic.GetProperty("axis").GetString().ShouldBeOneOf("format", "versioned");
                diagnostic.GetProperty("ruleVersion").GetString()!.ShouldMatch(@"^\d+\.\d+\.\d+$");
                diagnostic.GetProperty("message").GetString().ShouldNotBeNullOrEmpty();
                diagnostic.GetProperty("line").GetInt32().ShouldBeGreaterThanOrEqualTo(1);
                diagnostic.GetProperty("column").GetInt32().ShouldBeGreaterThanOrEqualTo(1);
                diagnostic.GetProperty("endLine").GetInt32().ShouldBeGreaterThanOrEqualTo(diagnostic.GetProperty("line").GetInt32());
                diagnostic.GetProperty("endColumn").GetInt32().ShouldBeGreaterThanOrEqualTo(1);
                diagnostic.GetProperty("fix").GetString().ShouldBeOneOf("safe", "suggestion", "none");
            }
        }

        var summary = root.GetProperty("summary");
        var all = files.SelectMany(f => f.GetProperty("diagnostics").EnumerateArray()).ToList();
        summary.GetProperty("files").GetInt32().ShouldBe(files.Count);
        summary.GetProperty("refused").GetInt32().ShouldBe(files.Count(f => f.GetProperty("refused").GetBoolean()));
        summary.GetProperty("errors").GetInt32().ShouldBe(all.Count(d => d.GetProperty("severity").GetString() == "error"));
        summary.GetProperty("warnings").GetInt32().ShouldBe(all.Count(d => d.GetProperty("severity").GetString() == "warning"));
        summary.GetProperty("infos").GetInt32().ShouldBe(all.Count(d => d.GetProperty("severity").GetString() == "info"));
    }

    [Fact]
    public void Json_positions_are_the_diagnostic_positions()
    {
        using var json = JsonDocument.Parse(Write(ReportFormat.Json));
        var file = json.RootElement.GetProperty("files").EnumerateArray().Single(f => f.GetProperty("path").GetString() == "wrong-status.md");
        var diagnostic = file.GetProperty("diagnostics").EnumerateArray().Single(d => d.GetProperty("id").GetString() == "TMR0007");

        (diagnostic.GetProperty("line").GetInt32(), diagnostic.GetProperty("column").GetInt32()).ShouldBe((4, 9));
        (diagnostic.GetProperty("endLine").GetInt32(), diagnostic.GetProperty("endColumn").GetInt32()).ShouldBe((4, 14));
        file.GetProperty("id").GetString().ShouldBe("WI-FMT-0007");
        file.GetProperty("refused").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public void Sarif_has_the_shape_of_sarif_2_1_0()
    {
        using var json = JsonDocument.Parse(Write(ReportFormat.Sarif));

        SarifShape.Violations(json.RootElement).ShouldBeEmpty();
    }

    [Fact]
    public void Sarif_names_the_tool_each_pack_and_each_result_position()
    {
        using var json = JsonDocument.Parse(Write(ReportFormat.Sarif));
        var root = json.RootElement;
        var run = root.GetProperty("runs")[0];

        root.GetProperty("version").GetString().ShouldBe("2.1.0");
        root.GetProperty("$schema").GetString().ShouldStartWith("https://");
        run.GetProperty("tool").GetProperty("driver").GetProperty("name").GetString().ShouldBe("tamer-lint");
        var extensions = run.GetProperty("tool").GetProperty("extensions").EnumerateArray().ToList();
        extensions.Select(e => e.GetProperty("name").GetString() + "@" + e.GetProperty("semanticVersion").GetString()).ShouldBe(new[] { "format@1.0.0", "versioned@2.0.0" });
        extensions.SelectMany(e => e.GetProperty("rules").EnumerateArray()).ShouldAllBe(r => r.GetProperty("helpUri").GetString()!.StartsWith("https://", StringComparison.Ordinal));
        var results = run.GetProperty("results").EnumerateArray().ToList();
        results.Count.ShouldBe(Result.Value.Files.Sum(f => f.Diagnostics.Count + f.SuppressedDiagnostics.Count));
        var status = results.Single(r => r.GetProperty("ruleId").GetString() == "TMR0007" && r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString() == "wrong-status.md");
        status.GetProperty("level").GetString().ShouldBe("error");
        var region = status.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        (region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32()).ShouldBe((4, 9));
        results.Where(r => r.GetProperty("ruleId").GetString() == "TMR0005").ShouldAllBe(r => r.GetProperty("level").GetString() == "warning");
    }

    [Fact]
    public void Github_lines_are_workflow_commands()
    {
        var lines = Write(ReportFormat.GitHub).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        lines.Length.ShouldBe(Result.Value.Files.Sum(f => f.Diagnostics.Count));
        lines.ShouldAllBe(l => Regex.IsMatch(l, @"^::(error|warning|notice) file=[^,:]+,line=\d+,col=\d+,title=[A-Z]{3}\d{4}::\S.*$"));
        lines.ShouldContain("::error file=wrong-status.md,line=4,col=9,title=TMR0007::'status' should be one of draft, ready, in_progress, review, done, blocked, found 'doing' (did you mean 'in_progress'?) [format@1.0.0]");
    }

    [Fact]
    public void Text_lines_are_in_the_compiler_form_with_a_summary_last()
    {
        var lines = Write(ReportFormat.Text).TrimEnd('\n').Split('\n');

        lines[..^1].ShouldAllBe(l => Regex.IsMatch(l, @"^[^()]+\(\d+,\d+\): (error|warning|info) [A-Z]{3}\d{4}: .+ \[[a-z-]+@\d+\.\d+\.\d+\]$") || Regex.IsMatch(l, @"^    (fix|suggestion): \S"));
        var status = Array.IndexOf(lines, "wrong-status.md(4,9): error TMR0007: 'status' should be one of draft, ready, in_progress, review, done, blocked, found 'doing' (did you mean 'in_progress'?) [format@1.0.0]");
        status.ShouldBeGreaterThanOrEqualTo(0);
        lines[status + 1].ShouldBe("    suggestion: write in_progress instead of 'doing'");
        lines[^1].ShouldMatch(@"^\d+ files checked: \d+ refused \(\d+ errors?, \d+ warnings?, \d+ infos?\)");
    }

    [Fact]
    public void The_json_writer_escapes_what_json_requires()
    {
        using var writer = new StringWriter();
        new JsonWriter(writer).StartObject().Property("s", "quote \" back \\ tab \t nl \n nul \0 ünï 😀").EndObject();

        JsonDocument.Parse(writer.ToString()).RootElement.GetProperty("s").GetString().ShouldBe("quote \" back \\ tab \t nl \n nul \0 ünï 😀");
    }

    [Fact]
    public void Json_names_the_fix_kind_and_title_of_each_occurrence()
    {
        using var json = JsonDocument.Parse(Write(ReportFormat.Json));
        var diagnostic = json.RootElement.GetProperty("files").EnumerateArray().Single(f => f.GetProperty("path").GetString() == "wrong-status.md")
            .GetProperty("diagnostics").EnumerateArray().Single(d => d.GetProperty("id").GetString() == "TMR0007");

        diagnostic.GetProperty("fix").GetString().ShouldBe("suggestion");
        diagnostic.GetProperty("fixTitle").GetString().ShouldBe("write in_progress instead of 'doing'");
    }

    [Fact]
    public void Sarif_carries_each_fix_as_replacements()
    {
        using var json = JsonDocument.Parse(Write(ReportFormat.Sarif));
        var result = json.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Single(r => r.GetProperty("ruleId").GetString() == "TMR0007" && r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString() == "wrong-status.md");
        var fix = result.GetProperty("fixes").EnumerateArray().Single();
        var replacement = fix.GetProperty("artifactChanges")[0].GetProperty("replacements").EnumerateArray().Single();

        fix.GetProperty("description").GetProperty("text").GetString().ShouldBe("write in_progress instead of 'doing'");
        replacement.GetProperty("insertedContent").GetProperty("text").GetString().ShouldBe("in_progress");
        var region = replacement.GetProperty("deletedRegion");
        (region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32(), region.GetProperty("endColumn").GetInt32()).ShouldBe((4, 9, 14));
    }
}
