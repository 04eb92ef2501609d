using Microsoft.CodeAnalysis;

namespace Tamer.Spec.Analyzers.Tests;

/// <summary>
/// Severities of Work Item diagnostics: <c>.tamer.yml</c> first, then the analyzer's own
/// <c>tamer_diagnostic.ID.severity</c> from the .editorconfig sections that match the file, then
/// the compilation's options (a .globalconfig, NoWarn, WarningsAsErrors), which the compiler
/// applies last and so win.
/// Stays on <see cref="TestProject"/>: each test checks one property (which layer's severity wins in which
/// file) over many variations; in the standard harness every other diagnostic of each file would have to be
/// marked as well, hiding the one the test is about.
/// </summary>
public sealed class SeverityTests
{
    private const string Root = "/repo";
    private const string SeverityOf1002 = "tamer_diagnostic.TMR1002.severity";

    private static TestProject TwoLegacyItems() => new TestProject(Root)
        .WorkItem("work-items/legacy/settings.md", Fixtures.Read("legacy-scope.md"))
        .WorkItem("work-items/settings.md", Fixtures.Read("legacy-scope.md").Replace("WI-UI-0007", "WI-UI-0017", StringComparison.Ordinal));

    private static async Task<List<(string File, DiagnosticSeverity Severity)>> Found(TestProject project, string id) =>
        (await project.AnalyzeAsync()).Where(d => d.Id == id).Select(d => Located.From(d, Root)).Select(d => (d.File, d.Severity)).Order().ToList();

    [Fact]
    public async Task An_editorconfig_section_for_one_folder_downgrades_a_diagnostic_there_only()
    {
        var project = TwoLegacyItems().FileOption("work-items/legacy/settings.md", SeverityOf1002, "warning");

        (await Found(project, "TMR1002")).ShouldBe([("work-items/legacy/settings.md", DiagnosticSeverity.Warning), ("work-items/settings.md", DiagnosticSeverity.Error)]);
    }

    [Theory]
    [InlineData("suggestion", DiagnosticSeverity.Info)]
    [InlineData("info", DiagnosticSeverity.Info)]
    [InlineData("silent", DiagnosticSeverity.Hidden)]
    [InlineData(" Error ", DiagnosticSeverity.Error)]
    public async Task Every_severity_name_of_editorconfig_is_understood(string value, DiagnosticSeverity expected)
    {
        var project = TwoLegacyItems().FileOption("work-items/legacy/settings.md", SeverityOf1002, value);

        (await Found(project, "TMR1002"))[0].ShouldBe(("work-items/legacy/settings.md", expected));
    }

    [Fact]
    public async Task None_removes_the_diagnostic_from_that_file_and_default_leaves_it_alone()
    {
        var project = TwoLegacyItems()
            .FileOption("work-items/legacy/settings.md", SeverityOf1002, "none")
            .FileOption("work-items/settings.md", SeverityOf1002, "default");

        (await Found(project, "TMR1002")).ShouldBe([("work-items/settings.md", DiagnosticSeverity.Error)]);
    }

    [Fact]
    public async Task A_value_that_is_not_a_severity_is_TMR9001_naming_the_key_and_the_file()
    {
        var project = TwoLegacyItems().FileOption("work-items/legacy/settings.md", SeverityOf1002, "warn");

        var diagnostics = await project.AnalyzeAsync();

        var problem = diagnostics.Single(d => d.Id == "TMR9001");
        problem.Severity.ShouldBe(DiagnosticSeverity.Error);
        problem.GetMessage(System.Globalization.CultureInfo.InvariantCulture).ShouldBe("invalid configuration: 'tamer_diagnostic.TMR1002.severity = warn' in the .editorconfig of work-items/legacy/settings.md is not a severity (use error, warning, suggestion, silent, none or default)");
        diagnostics.Count(d => d.Id == "TMR1002").ShouldBe(2);
    }

    [Fact]
    public async Task The_configuration_file_sets_severities_as_for_the_command_line()
    {
        var project = TwoLegacyItems().Configuration("severity: { TMR1002: warning }\n");

        (await Found(project, "TMR1002")).Select(f => f.Severity).ShouldBe([DiagnosticSeverity.Warning, DiagnosticSeverity.Warning]);
    }

    [Fact]
    public async Task A_diagnostic_off_in_the_configuration_can_be_turned_on_for_one_folder()
    {
        var project = TwoLegacyItems()
            .Configuration("severity: { TMR1002: none }\n")
            .FileOption("work-items/legacy/settings.md", SeverityOf1002, "warning");

        (await Found(project, "TMR1002")).ShouldBe([("work-items/legacy/settings.md", DiagnosticSeverity.Warning)]);
    }

    [Fact]
    public async Task The_compilation_options_win_over_the_editorconfig_key()
    {
        var project = TwoLegacyItems()
            .FileOption("work-items/legacy/settings.md", SeverityOf1002, "warning")
            .CompilationSeverity("TMR1002", ReportDiagnostic.Suppress)
            .CompilationSeverity("TMR2006", ReportDiagnostic.Error);

        (await Found(project, "TMR1002")).ShouldBeEmpty();
        (await Found(new TestProject(Root).WorkItem("work-items/a.md", Fixtures.Read("legacy-scope.md").Replace("AC-1: ", string.Empty, StringComparison.Ordinal)).CompilationSeverity("TMR2006", ReportDiagnostic.Error), "TMR2006"))
            .ShouldBe([("work-items/a.md", DiagnosticSeverity.Error)]);
    }

    [Fact]
    public async Task A_diagnostic_off_in_the_configuration_can_be_turned_on_by_the_compilation_options()
    {
        var project = TwoLegacyItems()
            .Configuration("severity: { TMR1002: none }\n")
            .CompilationSeverity("TMR1002", ReportDiagnostic.Warn);

        (await Found(project, "TMR1002")).Select(f => f.Severity).ShouldBe([DiagnosticSeverity.Warning, DiagnosticSeverity.Warning]);
    }
}
