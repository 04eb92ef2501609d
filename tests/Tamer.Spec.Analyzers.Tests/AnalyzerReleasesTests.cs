using System.Text;
using Tamer.Spec.Engine;
using Tamer.Spec.Rules;
using Tamer.Spec.Testing;
using EngineSeverity = Tamer.Spec.Diagnostics.DiagnosticSeverity;

namespace Tamer.Spec.Analyzers.Tests;

/// <summary>
/// The analyzer's release tracking files list every diagnostic it supports, with its category and
/// default severity, generated from the descriptors (TAMER_UPDATE_DOCS=1 rewrites the file).
/// Nothing has shipped yet: every ID is in the unshipped release.
/// Stays as it is: the subject is the release tracking files, not diagnostics.
/// </summary>
public sealed class AnalyzerReleasesTests
{
    [Fact]
    public void The_unshipped_release_lists_every_supported_diagnostic()
    {
        var path = RepositoryPaths.InRepository("src", "Tamer.Spec.Analyzers", "AnalyzerReleases.Unshipped.md");
        var expected = Render();
        var actual = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        if (actual != expected && DocsPage.UpdateRequested)
        {
            File.WriteAllText(path, expected);
            return;
        }

        actual.ShouldBe(expected, "AnalyzerReleases.Unshipped.md is stale: run the tests with TAMER_UPDATE_DOCS=1");
    }

    [Fact]
    public void The_analyzer_supports_every_diagnostic_the_engine_knows_with_its_help_link()
    {
        var engine = new LintEngine(BuiltInRulePacks.All);
        var supported = new WorkItemAnalyzer().SupportedDiagnostics;

        supported.Select(d => d.Id).ShouldBe(engine.Descriptors.Select(d => d.Id).Distinct().Order(StringComparer.Ordinal));
        supported.ShouldAllBe(d => d.HelpLinkUri == engine.FindDescriptor(d.Id)!.HelpUri.ToString() && d.Title.ToString(System.Globalization.CultureInfo.InvariantCulture) == engine.FindDescriptor(d.Id)!.Title);
    }

    private static string Render()
    {
        var engine = new LintEngine(BuiltInRulePacks.All);
        var text = new StringBuilder();
        text.Append("; Unshipped analyzer release\n");
        text.Append("; https://github.com/dotnet/roslyn-analyzers/blob/main/src/Microsoft.CodeAnalysis.Analyzers/ReleaseTrackingAnalyzers.Help.md\n\n");
        text.Append("### New Rules\n\n");
        text.Append("Rule ID | Category | Severity | Notes\n");
        text.Append("--------|----------|----------|-------\n");
        foreach (var descriptor in new WorkItemAnalyzer().SupportedDiagnostics)
        {
            var severity = engine.FindDescriptor(descriptor.Id)!.DefaultSeverity switch
            {
                EngineSeverity.Error => "Error",
                EngineSeverity.Warning => "Warning",
                EngineSeverity.Info => "Info",
                _ => "Disabled",
            };
            text.Append(descriptor.Id).Append(" | ").Append(descriptor.Category).Append(" | ").Append(severity).Append(" | ").Append(descriptor.Title).Append('\n');
        }

        return text.ToString();
    }
}
