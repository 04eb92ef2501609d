using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using Tamer.Spec.Testing;

namespace Tamer.Spec.Cli.Tests;

/// <summary>
/// <c>--format junit</c> against the JUnit XML shape CI systems read (the Jenkins/Ant schema:
/// testsuites, testsuite, testcase, failure, system-out), and the JSON form of <c>config</c>.
/// </summary>
public sealed class ReportFormatTests
{
    // The elements and attributes of the JUnit XML that Jenkins, GitLab and GitHub test-report
    // readers accept (the Ant junit task's format), as an XML schema.
    private const string JUnitSchema = """
        <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" elementFormDefault="qualified">
          <xs:element name="failure"><xs:complexType mixed="true"><xs:attribute name="type" type="xs:string"/><xs:attribute name="message" type="xs:string"/></xs:complexType></xs:element>
          <xs:element name="error"><xs:complexType mixed="true"><xs:attribute name="type" type="xs:string"/><xs:attribute name="message" type="xs:string"/></xs:complexType></xs:element>
          <xs:element name="skipped"><xs:complexType mixed="true"><xs:attribute name="message" type="xs:string"/></xs:complexType></xs:element>
          <xs:element name="system-out" type="xs:string"/>
          <xs:element name="system-err" type="xs:string"/>
          <xs:element name="testcase">
            <xs:complexType>
              <xs:sequence>
                <xs:element ref="skipped" minOccurs="0"/>
                <xs:element ref="error" minOccurs="0" maxOccurs="unbounded"/>
                <xs:element ref="failure" minOccurs="0" maxOccurs="unbounded"/>
                <xs:element ref="system-out" minOccurs="0" maxOccurs="unbounded"/>
                <xs:element ref="system-err" minOccurs="0" maxOccurs="unbounded"/>
              </xs:sequence>
              <xs:attribute name="name" type="xs:string" use="required"/>
              <xs:attribute name="classname" type="xs:string"/>
              <xs:attribute name="time" type="xs:string"/>
            </xs:complexType>
          </xs:element>
          <xs:element name="testsuite">
            <xs:complexType>
              <xs:sequence>
                <xs:element ref="testcase" minOccurs="0" maxOccurs="unbounded"/>
                <xs:element ref="system-out" minOccurs="0"/>
                <xs:element ref="system-err" minOccurs="0"/>
              </xs:sequence>
              <xs:attribute name="name" type="xs:string" use="required"/>
              <xs:attribute name="tests" type="xs:nonNegativeInteger" use="required"/>
              <xs:attribute name="failures" type="xs:nonNegativeInteger"/>
              <xs:attribute name="errors" type="xs:nonNegativeInteger"/>
              <xs:attribute name="skipped" type="xs:nonNegativeInteger"/>
              <xs:attribute name="time" type="xs:string"/>
              <xs:attribute name="timestamp" type="xs:string"/>
            </xs:complexType>
          </xs:element>
          <xs:element name="testsuites">
            <xs:complexType>
              <xs:sequence><xs:element ref="testsuite" minOccurs="0" maxOccurs="unbounded"/></xs:sequence>
              <xs:attribute name="name" type="xs:string"/>
              <xs:attribute name="tests" type="xs:nonNegativeInteger"/>
              <xs:attribute name="failures" type="xs:nonNegativeInteger"/>
              <xs:attribute name="errors" type="xs:nonNegativeInteger"/>
              <xs:attribute name="time" type="xs:string"/>
            </xs:complexType>
          </xs:element>
        </xs:schema>
        """;

    [Fact]
    public void The_JUnit_report_is_valid_and_has_one_failing_case_per_refused_Work_Item()
    {
        var outcome = CliRun.InProcess(RepositoryPaths.Root, "examples/work-items", "--format", "junit");
        var json = CliRun.InProcess(RepositoryPaths.Root, "examples/work-items", "--format", "json");

        outcome.ExitCode.ShouldBe(1);
        var schemas = new XmlSchemaSet();
        schemas.Add(null, XmlReader.Create(new StringReader(JUnitSchema)));
        var report = XDocument.Parse(outcome.Output);
        var problems = new List<string>();
        report.Validate(schemas, (_, e) => problems.Add(e.Message));
        problems.ShouldBeEmpty();

        using var parsed = JsonDocument.Parse(json.Output);
        var files = parsed.RootElement.GetProperty("files").EnumerateArray().ToList();
        var refused = files.Where(f => f.GetProperty("refused").GetBoolean()).Select(f => f.GetProperty("id").GetString()).Order(StringComparer.Ordinal).ToList();
        refused.ShouldNotBeEmpty();
        var cases = report.Descendants("testcase").ToList();
        cases.Count.ShouldBe(files.Count);
        cases.Where(c => c.Element("failure") is not null).Select(c => c.Attribute("name")!.Value).Order(StringComparer.Ordinal).ShouldBe(refused);
        var suite = report.Root!.Element("testsuite")!;
        suite.Attribute("tests")!.Value.ShouldBe(files.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        suite.Attribute("failures")!.Value.ShouldBe(refused.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var csv = cases.Single(c => c.Attribute("name")!.Value == "WI-RPT-0044");
        csv.Attribute("classname")!.Value.ShouldBe("examples/work-items/reports-csv-export.md");
        csv.Element("failure")!.Value.ShouldContain("examples/work-items/reports-csv-export.md(4,9): error TMR0007: ");
    }

    [Fact]
    public void Config_names_the_file_and_line_that_set_the_severity_of_TMR3001_in_a_folder_with_a_path_override()
    {
        using var folder = new TemporaryDirectory();
        folder.MakeRepository();
        folder.Write(".tamer.yml", "severity:\n  TMR3001: error\noverrides:\n  - files: [\"work-items/legacy/**\"]\n    severity:\n      TMR3001: info\n");
        folder.Write("work-items/legacy/old.md", TestWorkItems.Clean("WI-OLD-0001"));
        folder.Write("work-items/new.md", TestWorkItems.Clean("WI-NEW-0001"));

        var legacy = CliRun.InProcess(folder.Path, "config", "work-items/legacy/old.md");
        var current = CliRun.InProcess(folder.Path, "config", "work-items/new.md");
        var commandLine = CliRun.InProcess(folder.Path, "config", "work-items/legacy/old.md", "--severity", "TMR3001=warning");
        var asJson = CliRun.InProcess(folder.Path, "config", "work-items/legacy/old.md", "--format", "json");

        legacy.ExitCode.ShouldBe(0, legacy.Error);
        legacy.OutputLines[..2].ShouldBe(["configuration: .tamer.yml", "file: work-items/legacy/old.md"]);
        legacy.OutputLines.ShouldContain("  TMR3001 info (override .tamer.yml:6)");
        legacy.OutputLines.ShouldContain("  TMR3002 error (default)");
        legacy.OutputLines.ShouldContain(l => l.StartsWith("  scope ", StringComparison.Ordinal) && l.EndsWith(" (default)", StringComparison.Ordinal));
        current.OutputLines.ShouldContain("  TMR3001 error (file .tamer.yml:2)");
        commandLine.OutputLines.ShouldContain("  TMR3001 warning (command-line)");
        using var json = JsonDocument.Parse(asJson.Output);
        json.RootElement.GetProperty("version").GetInt32().ShouldBe(1);
        json.RootElement.GetProperty("configuration").GetString().ShouldBe(".tamer.yml");
        json.RootElement.GetProperty("file").GetString().ShouldBe("work-items/legacy/old.md");
        var setting = json.RootElement.GetProperty("severities").EnumerateArray().Single(s => s.GetProperty("id").GetString() == "TMR3001");
        (setting.GetProperty("severity").GetString(), setting.GetProperty("source").GetString(), setting.GetProperty("path").GetString(), setting.GetProperty("line").GetInt32())
            .ShouldBe(("info", "override", ".tamer.yml", 6));

        // The lint applies what config says.
        folder.Write("work-items/legacy/old.md", TestWorkItems.Clean("WI-OLD-0001").Replace("estimate: { diff_lines: 20, files: 1 }", "estimate: { diff_lines: 400, files: 9 }", StringComparison.Ordinal));
        folder.Write("work-items/new.md", TestWorkItems.Clean("WI-NEW-0001").Replace("estimate: { diff_lines: 20, files: 1 }", "estimate: { diff_lines: 400, files: 9 }", StringComparison.Ordinal));
        var lint = CliRun.InProcess(folder.Path, "lint", "--format", "json");
        Json.Diagnostics(lint.Output, "legacy/old.md").ShouldContain("TMR3001");
        using var report = JsonDocument.Parse(lint.Output);
        string SeverityIn(string file) => report.RootElement.GetProperty("files").EnumerateArray().Single(f => f.GetProperty("path").GetString() == file)
            .GetProperty("diagnostics").EnumerateArray().Single(d => d.GetProperty("id").GetString() == "TMR3001").GetProperty("severity").GetString()!;
        SeverityIn("work-items/legacy/old.md").ShouldBe("info");
        SeverityIn("work-items/new.md").ShouldBe("error");
    }

    [Fact]
    public void Config_shows_each_pack_setting_in_force_and_the_lint_judges_by_it()
    {
        using var folder = new TemporaryDirectory();
        folder.MakeRepository();
        folder.Write(".tamer.yml", "settings:\n  non-goals:\n    large_diff_lines: 500\n");
        folder.Write("work-items/big.md", TestWorkItems.Clean("WI-BIG-0001").Replace("estimate: { diff_lines: 20, files: 1 }", "estimate: { diff_lines: 400, files: 1 }", StringComparison.Ordinal));

        var text = CliRun.InProcess(folder.Path, "config");
        var asJson = CliRun.InProcess(folder.Path, "config", "--format", "json");
        var lint = CliRun.InProcess(folder.Path, "lint", "--format", "json");

        text.ExitCode.ShouldBe(0, text.Error);
        text.OutputLines.ShouldContain("  non-goals.large_diff_lines 500 (file .tamer.yml:3)");
        text.OutputLines.ShouldContain("  invariants.broad_change_files 5 (default)");
        using var json = JsonDocument.Parse(asJson.Output);
        var setting = json.RootElement.GetProperty("settings").EnumerateArray().Single(s => s.GetProperty("name").GetString() == "large_diff_lines");
        (setting.GetProperty("axis").GetString(), setting.GetProperty("value").GetInt32(), setting.GetProperty("source").GetString(), setting.GetProperty("line").GetInt32())
            .ShouldBe(("non-goals", 500, "file", 3));
        Json.Diagnostics(lint.Output, "big.md").ShouldNotContain("TMR5001");

        folder.Write(".tamer.yml", "settings:\n  non-goals:\n    large_diff_lines: 300\n");
        Json.Diagnostics(CliRun.InProcess(folder.Path, "lint", "--format", "json").Output, "big.md").ShouldContain("TMR5001");
    }

    [Fact]
    public void An_override_without_files_or_with_an_unknown_ID_is_a_configuration_error_at_its_line()
    {
        using var folder = new TemporaryDirectory();
        folder.MakeRepository();
        folder.Write(".tamer.yml", "overrides:\n  - severity: { TMR3001: info }\n  - files: [\"a/**\"]\n    severity: { TMR3901: info }\n");

        var outcome = CliRun.InProcess(folder.Path, "config");

        outcome.ExitCode.ShouldBe(2);
        outcome.ErrorLines.ShouldContain(l => l.StartsWith(".tamer.yml(2,5): error TMR9001: invalid configuration: an entry of 'overrides' needs 'files'", StringComparison.Ordinal));
        outcome.ErrorLines.ShouldContain(l => l.StartsWith(".tamer.yml(4,17): error TMR9001: invalid configuration: unknown diagnostic ID 'TMR3901' in severity settings", StringComparison.Ordinal));
    }
}
