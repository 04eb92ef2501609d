using System.Collections.Immutable;
using Acme.Tamer.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Tamer.Spec.Configuration;
using Tamer.Spec.Engine;
using Tamer.Spec.Parsing;
using Tamer.Spec.Rules;
using Tamer.Spec.Workspace;
using EngineSeverity = Tamer.Spec.Diagnostics.DiagnosticSeverity;

namespace Tamer.Spec.Analyzers.Tests;

/// <summary>
/// How a third-party pack runs in the IDE and the compiler (docs/writing-a-rule-pack.md): the
/// Tamer.Spec analyzer runs the built-in packs only, so a pack ships an analyzer of its own,
/// like <see cref="AcmePackAnalyzer"/>, and reports only its own IDs.
/// Stays on <see cref="TestProject"/>: it runs two analyzers side by side (ours and a pack's own) to show
/// that nothing is reported twice; the harness runs the one analyzer under test.
/// </summary>
public sealed class PackAnalyzerTests
{
    [Fact]
    public async Task A_packs_own_analyzer_reports_its_diagnostics_at_the_Work_Items_line_and_nothing_else()
    {
        var project = new TestProject("/repo")
            .WorkItem("work-items/orders.md", OrdersWithoutRollback)
            .Configuration("severity:\n  ACME1002: none\n");

        var diagnostics = await project.AnalyzeAsync(new AcmePackAnalyzer());

        var reported = diagnostics.ShouldHaveSingleItem();
        reported.Id.ShouldBe("ACME1001");
        reported.Severity.ShouldBe(DiagnosticSeverity.Error);
        reported.Location.GetLineSpan().Path.ShouldBe("/repo/work-items/orders.md");
        reported.Location.GetLineSpan().StartLinePosition.ShouldBe(new LinePosition(5, 61), "line 6, column 62 of the file, as tamer-lint reports it");
        reported.GetMessage(System.Globalization.CultureInfo.InvariantCulture).ShouldStartWith("the Work Item writes 'db/migrations'");
        reported.Descriptor.HelpLinkUri.ShouldEndWith("examples/rule-pack/src/docs/ACME1001.md");
    }

    [Fact]
    public async Task A_configuration_that_pins_a_built_in_axis_still_lets_the_pack_report()
    {
        var project = new TestProject("/repo")
            .WorkItem("work-items/orders.md", OrdersWithoutRollback)
            .Configuration("rules:\n  scope: \"2.*\"\n  acme-migrations: \"1.*\"\nseverity:\n  TMR1010: none\n");

        var diagnostics = await project.AnalyzeAsync(new AcmePackAnalyzer());

        var reported = diagnostics.ShouldHaveSingleItem();
        reported.Id.ShouldBe("ACME1001");
        reported.Severity.ShouldBe(DiagnosticSeverity.Warning, "version 1.0.0 reports it as a warning");
    }

    [Fact]
    public async Task Beside_the_Tamer_Spec_analyzer_no_diagnostic_is_reported_twice()
    {
        var project = new TestProject("/repo").WorkItem("work-items/orders.md", OrdersWithoutRollback);

        var diagnostics = await project.AnalyzeAsync(new WorkItemAnalyzer(), new AcmePackAnalyzer());

        diagnostics.Select(d => d.Id).Where(id => id.StartsWith("ACME", StringComparison.Ordinal)).Order().ShouldBe(["ACME1001", "ACME1002"]);
        diagnostics.GroupBy(d => (d.Id, d.Location.SourceSpan)).ShouldAllBe(g => g.Count() == 1);
        diagnostics.ShouldContain(d => d.Id == "TMR1010", "the built-in packs still run in their own analyzer");
    }

    private const string OrdersWithoutRollback = """
        ---
        id: WI-ORD-0210
        title: Add a fulfilment status column to orders
        status: ready
        scope:
          write: [src/orders/status.py, tests/orders/test_status.py, db/migrations]
          read_only: [src/orders/]
          forbidden: [src/payments/]
          extend_scope: false
        acceptance_criteria:
          - "AC-1: after the migration, orders.fulfilment_status exists and is 'pending' for every existing row"
        invariants:
          - "no order row is deleted": "customers would lose orders if violated"
        non_goals: [a status history table]
        estimate: { diff_lines: 80, files: 3 }
        ---

        """;
}

/// <summary>
/// The recipe for a pack's own analyzer: lint the Work Items among the AdditionalFiles with the
/// pack beside the built-in packs (one workspace per compilation, so cross-item checks see them
/// all; <c>.tamer.yml</c> among them gives the configuration, whose settings for the built-in axes
/// the engine must know), and report only the pack's IDs, at the engine's exact positions. The
/// built-in IDs are left to the Tamer.Spec analyzer, so nothing is reported twice.
/// </summary>
/// <remarks>
/// In a real pack it lives in a project of its own: netstandard2.0, Microsoft.CodeAnalysis.CSharp
/// 4.8.0, <c>EnforceExtendedAnalyzerRules</c>, packed under <c>analyzers/dotnet/cs</c> with the pack,
/// the core and their dependencies, as the Tamer.Spec.Analyzers package does. The rules about that
/// project's shape do not apply to this copy inside a test assembly.
/// </remarks>
#pragma warning disable RS1036, RS1038, RS1041
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class AcmePackAnalyzer : DiagnosticAnalyzer
{
    private static readonly AcmeRulePack Pack = new();
    private static readonly LintEngine Engine = new(BuiltInRulePacks.All.Append(Pack));
    private static readonly ImmutableDictionary<string, DiagnosticDescriptor> Descriptors = Pack.Versions
        .SelectMany(v => v.SupportedDiagnostics)
        .GroupBy(d => d.Id, StringComparer.Ordinal)
        .ToImmutableDictionary(
            g => g.Key,
            g => new DiagnosticDescriptor(g.Key, g.Last().Title, "{0}", "Acme", ToRoslyn(g.Last().DefaultSeverity), isEnabledByDefault: true, helpLinkUri: g.Last().HelpUri.ToString()));

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [.. Descriptors.Values];

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var lint = new Lazy<LintResult>(() => Lint(start.Options.AdditionalFiles, start.CancellationToken));
            start.RegisterAdditionalFileAction(file =>
            {
                foreach (var result in lint.Value.Files.Where(f => f.Path == file.AdditionalFile.Path))
                {
                    foreach (var diagnostic in result.Diagnostics.Where(d => Descriptors.ContainsKey(d.Id)))
                    {
                        var at = diagnostic.Location!;
                        var location = Location.Create(
                            at.Path,
                            new TextSpan(at.Span.Start, at.Span.Length),
                            new LinePositionSpan(new LinePosition(at.Start.Line - 1, at.Start.Column - 1), new LinePosition(at.End.Line - 1, at.End.Column - 1)));
                        file.ReportDiagnostic(Diagnostic.Create(Descriptors[diagnostic.Id], location, ToRoslyn(diagnostic.Severity), null, null, diagnostic.Message));
                    }
                }
            });
        });
    }

    private static LintResult Lint(ImmutableArray<AdditionalText> files, CancellationToken cancellation)
    {
        var configuration = files.FirstOrDefault(f => Path.GetFileName(f.Path) == ".tamer.yml") is { } file
            ? ConfigurationParser.Parse(file.Path, file.GetText(cancellation)?.ToString() ?? string.Empty).Configuration
            : TamerConfiguration.Default;
        var documents = files
            .Where(f => f.Path.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            .Select(f => WorkItemParser.Parse(f.Path, f.GetText(cancellation)?.ToString() ?? string.Empty))
            .ToList();
        return Engine.Lint(new WorkItemWorkspace(documents), new LintOptions { Configuration = configuration, CancellationToken = cancellation });
    }

    private static DiagnosticSeverity ToRoslyn(EngineSeverity severity) => severity switch
    {
        EngineSeverity.Error => DiagnosticSeverity.Error,
        EngineSeverity.Warning => DiagnosticSeverity.Warning,
        _ => DiagnosticSeverity.Info,
    };
}
#pragma warning restore RS1036, RS1038, RS1041
