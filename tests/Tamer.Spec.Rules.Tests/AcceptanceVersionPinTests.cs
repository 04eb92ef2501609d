using Tamer.Spec.Configuration;
using Tamer.Spec.Diagnostics;
using Tamer.Spec.Testing;

namespace Tamer.Spec.Rules.Tests;

/// <summary>
/// Pinning acceptance to <c>[3.0,4.0)</c> reproduces 3.0.0 byte for byte after 4.0.0 became the
/// default. <c>golden/acceptance-3.0.0.txt</c> holds what the 3.0.0 release of <c>tamer-lint</c>
/// printed, with <c>--rule acceptance=[3.0,4.0)</c>, for every acceptance diagnostic of every
/// fixture folder of the packs, the format fixtures and <c>examples/work-items</c> (each folder
/// linted as one workspace with its own <c>.tamer.yml</c>); this test lints the same files with
/// the same pin and compares every line: ID, severity, start and end, message.
/// </summary>
public sealed class AcceptanceVersionPinTests
{
    private const string Pin = "acceptance=[3.0,4.0)";

    [Fact]
    public void Pinning_3_0_gives_exactly_what_3_0_0_gave_on_every_fixture()
    {
        var golden = File.ReadAllLines(RepositoryPaths.InRepository("tests", "Tamer.Spec.Rules.Tests", "golden", "acceptance-3.0.0.txt"))
            .Where(l => l.Length > 0).ToList();
        var folders = AxisPacks.FixtureFolders().Append(RepositoryPaths.InRepository("examples", "work-items")).ToList();
        var actual = new List<string>();
        foreach (var folder in folders)
        {
            var fixtures = FixtureFolder.Lint(folder, AxisPacks.Engine(), ConfigurationOf(folder));
            var relative = Path.GetRelativePath(RepositoryPaths.Root, folder).Replace('\\', '/');
            foreach (var file in fixtures.Result.Files)
            {
                actual.AddRange(file.Diagnostics.Where(d => d.Id.StartsWith("TMR2", StringComparison.Ordinal)).Select(d => Line(relative, file.Path, d)));
            }
        }

        actual.Sort(StringComparer.Ordinal);
        golden.Count.ShouldBeGreaterThan(50, "the golden file holds 3.0.0's output");
        actual.ShouldBe(golden);
    }

    private static TamerConfiguration ConfigurationOf(string folder)
    {
        var path = Path.Combine(folder, ".tamer.yml");
        var configuration = File.Exists(path) ? ConfigurationParser.Parse(".tamer.yml", File.ReadAllText(path)).Configuration : TamerConfiguration.Default;
        return configuration.WithRule(ConfigurationParser.ParseRuleOption(Pin, out _)!);
    }

    private static string Line(string folder, string file, Diagnostic diagnostic)
    {
        var location = diagnostic.Location!;
        return string.Create(
            System.Globalization.CultureInfo.InvariantCulture,
            $"{folder}/{file}({location.Start.Line},{location.Start.Column},{location.End.Line},{location.End.Column}): {diagnostic.Severity.ToName()} {diagnostic.Id}: {diagnostic.Message}");
    }
}
