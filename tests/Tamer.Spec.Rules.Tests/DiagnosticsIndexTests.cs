using System.Text;
using Tamer.Spec.Diagnostics;
using Tamer.Spec.Engine;
using Tamer.Spec.Testing;

namespace Tamer.Spec.Rules.Tests;

/// <summary>
/// docs/diagnostics.md, the index of every diagnostic, is generated from the descriptors (never
/// retyped); the test fails when it is stale and rewrites it with TAMER_UPDATE_DOCS=1.
/// </summary>
public sealed class DiagnosticsIndexTests
{
    [Fact]
    public void The_index_lists_every_diagnostic_from_its_descriptor()
    {
        var path = RepositoryPaths.InRepository("docs", "diagnostics.md");
        var expected = Render(new LintEngine(AxisPacks.UnderRules));
        var actual = File.Exists(path) ? File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal) : string.Empty;
        if (actual != expected && DocsPage.UpdateRequested)
        {
            File.WriteAllText(path, expected);
            return;
        }

        actual.ShouldBe(expected, "docs/diagnostics.md is stale: run the tests with TAMER_UPDATE_DOCS=1");
    }

    private static string Render(LintEngine engine)
    {
        var text = new StringBuilder();
        text.Append("# Diagnostics\n\n");
        text.Append("<!-- Generated from the descriptors by the tests (TAMER_UPDATE_DOCS=1 refreshes it): do not edit by hand. -->\n\n");
        text.Append("IDs are a public contract: `TMR` and four digits, the first digit naming the axis. A shipped ID keeps\n");
        text.Append("its meaning forever. `dotnet tamer-lint rules` lists them with their defaults; `dotnet tamer-lint\n");
        text.Append("explain ID` prints a page.\n");
        foreach (var pack in engine.Packs)
        {
            var versions = string.Join(", ", pack.Versions.Select(v => v.Version).OrderBy(v => v).Select(v => v.ToNormalizedString()));
            text.Append("\n## ").Append(pack.Axis).Append(pack.IsAlwaysOn ? " (always on)" : string.Empty).Append(" — versions ").Append(versions).Append("\n\n");
            text.Append(pack.Description).Append("\n\n");
            AppendTable(text, pack.Versions.SelectMany(v => v.SupportedDiagnostics).DistinctBy(d => d.Id).OrderBy(d => d.Id, StringComparer.Ordinal));
        }

        text.Append("\n## engine and configuration\n\n");
        AppendTable(text, EngineDiagnostics.All);
        return text.ToString();
    }

    private static void AppendTable(StringBuilder text, IEnumerable<DiagnosticDescriptor> descriptors)
    {
        text.Append("| ID | default | fix | title |\n| --- | --- | --- | --- |\n");
        foreach (var descriptor in descriptors)
        {
            var link = descriptor.HelpUri.AbsoluteUri.Substring(HelpLinks.RepositoryRoot.Length);
            var relative = link.StartsWith("docs/", StringComparison.Ordinal) ? link.Substring("docs/".Length) : "../" + link;
            text.Append("| [").Append(descriptor.Id).Append("](").Append(relative).Append(") | ").Append(descriptor.DefaultSeverity.ToName())
                .Append(" | ").Append(descriptor.FixKind.ToString().ToLowerInvariant()).Append(" | ").Append(descriptor.Title).Append(" |\n");
        }
    }
}
