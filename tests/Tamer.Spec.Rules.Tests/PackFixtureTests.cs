using Tamer.Spec.Diagnostics;
using Tamer.Spec.Parsing;
using Tamer.Spec.Testing;

namespace Tamer.Spec.Rules.Tests;

/// <summary>
/// Runs every fixture of every axis pack: <c>rules/&lt;axis&gt;/fixtures/</c> and each folder in it
/// are linted as one workspace with all five packs, and the pack's own diagnostics in each file
/// are exactly the ones its markers name (ID, line, column). A fixture may list the files of a
/// change (<c>&lt;!-- changed: a, b --&gt;</c>): their drift diagnostics count too.
/// </summary>
public sealed class PackFixtureTests
{
    private static readonly Dictionary<string, FixtureFolder> Linted = new(StringComparer.Ordinal);

    public static TheoryData<string, string> Fixtures()
    {
        var data = new TheoryData<string, string>();
        foreach (var folder in FixtureFolders())
        {
            foreach (var file in Directory.GetFiles(folder, "*.md").Where(f => !f.EndsWith(".fixed.md", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
            {
                data.Add(Path.GetRelativePath(RepositoryPaths.Root, folder).Replace('\\', '/'), Path.GetFileName(file));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Diagnostics_match_the_markers(string folder, string fileName)
    {
        var fixtures = Lint(folder);
        var prefix = PrefixOf(folder);
        bool InScope(string id) => id.StartsWith(prefix, StringComparison.Ordinal);

        fixtures.Actual(fileName, InScope).ShouldBe(fixtures.Expected(fileName, InScope), folder + "/" + fileName);
    }

    [Fact]
    public void Every_diagnostic_of_every_pack_fires_in_a_fixture_and_has_a_near_miss()
    {
        var fired = new HashSet<string>(StringComparer.Ordinal);
        var nearMissed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var folder in FixtureFolders().Select(f => Path.GetRelativePath(RepositoryPaths.Root, f).Replace('\\', '/')))
        {
            var fixtures = Lint(folder);
            foreach (var file in fixtures.FileNames)
            {
                fired.UnionWith(fixtures.Expected(file, _ => true).Select(e => e.Id));
                foreach (var id in FixtureMarkers.ReadNearMisses(fixtures.Text(file)))
                {
                    fixtures.Actual(file, d => d == id).ShouldBeEmpty(id + " fires in its near miss " + folder + "/" + file);
                    nearMissed.Add(id);
                }
            }
        }

        var ids = AxisPacks.All.SelectMany(p => p.Versions).SelectMany(v => v.SupportedDiagnostics).Select(d => d.Id).Distinct().Order(StringComparer.Ordinal).ToList();
        ids.Where(id => !fired.Contains(id)).ShouldBeEmpty("IDs no fixture marks");
        ids.Where(id => !nearMissed.Contains(id)).ShouldBeEmpty("IDs without a near-miss fixture");
    }

    private static IEnumerable<string> FixtureFolders()
    {
        foreach (var pack in AxisPacks.All)
        {
            var root = RepositoryPaths.InRepository("rules", AxisPacks.Folder(pack), "fixtures");
            yield return root;
            foreach (var sub in Directory.GetDirectories(root).Order(StringComparer.Ordinal))
            {
                yield return sub;
            }
        }
    }

    [Fact]
    public void Fixtures_linted_together_have_distinct_ids()
    {
        // A shared id would add TMR0004 to two fixtures and make cross-item checks see the wrong one.
        foreach (var folder in FixtureFolders().Select(f => Path.GetRelativePath(RepositoryPaths.Root, f).Replace('\\', '/')))
        {
            var fixtures = Lint(folder);
            fixtures.FileNames.Where(f => fixtures.Actual(f, id => id == "TMR0004").Count > 0 && fixtures.Expected(f, id => id == "TMR0004").Count == 0)
                .ShouldBeEmpty("fixtures in " + folder + " that share an id");
        }
    }

    private static string PrefixOf(string folder)
    {
        var axis = folder.Split('/')[1];
        return AxisPacks.IdPrefix(AxisPacks.All.Single(p => p.Axis == axis));
    }

    private static FixtureFolder Lint(string folder)
    {
        lock (Linted)
        {
            if (!Linted.TryGetValue(folder, out var fixtures))
            {
                fixtures = FixtureFolder.Lint(RepositoryPaths.InRepository(folder.Split('/')), AxisPacks.Engine(), extra: Drift);
                Linted.Add(folder, fixtures);
            }

            return fixtures;
        }
    }

    private static IEnumerable<Diagnostic> Drift(WorkItemDocument document, string text)
    {
        return FixtureChange.Of(text) is { } changed ? ChangeLint.Drift(document, changed) : [];
    }
}
