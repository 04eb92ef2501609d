using System.Globalization;
using System.Text.RegularExpressions;
using Tamer.Spec.Testing;

namespace Tamer.Spec.EndToEnd.Tests;

/// <summary>
/// Each acceptance fixture linted alone by a new process of the command line built from the
/// sources: the first criterion a process reads must get the verdict every later one would, while
/// the pack's word lists are still loading (the in-process fixture tests read every fixture after
/// the lists have loaded).
/// </summary>
[Trait("Category", "e2e")]
public sealed partial class FreshProcessAcceptanceTests
{
    public static TheoryData<string> Fixtures()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(RepositoryPaths.InRepository("rules", "acceptance", "fixtures"), "*.md").Where(f => !f.EndsWith(".fixed.md", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void A_fixture_linted_first_in_a_new_process_gets_its_acceptance_diagnostics(string fileName)
    {
        using var folder = new TemporaryDirectory();
        var text = File.ReadAllText(RepositoryPaths.InRepository("rules", "acceptance", "fixtures", fileName));
        folder.Write(fileName, text);

        var outcome = SourceCli.Run(folder.Path, "lint", fileName);

        var reported = outcome.Output.Split('\n').Select(l => Reported().Match(l)).Where(m => m.Success)
            .Select(m => new ExpectedDiagnostic(m.Groups["id"].Value, int.Parse(m.Groups["line"].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups["column"].Value, CultureInfo.InvariantCulture)))
            .Order().ToList();
        var expected = FixtureMarkers.Read(text).Where(e => e.Id.StartsWith("TMR20", StringComparison.Ordinal)).Order().ToList();
        reported.ShouldBe(expected, outcome.ToString());
    }

    [GeneratedRegex(@"^\S+\((?<line>\d+),(?<column>\d+)\): \w+ (?<id>TMR20\d\d):")]
    private static partial Regex Reported();
}
