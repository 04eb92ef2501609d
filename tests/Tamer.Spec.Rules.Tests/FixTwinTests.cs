using System.Text;
using Tamer.Spec.Diagnostics;
using Tamer.Spec.Fixes;
using Tamer.Spec.Rules.Format;
using Tamer.Spec.Testing;

namespace Tamer.Spec.Rules.Tests;

/// <summary>
/// Fixtures with a <c>.fixed.md</c> twin: fixing the fixture's folder as one workspace turns the
/// fixture into its twin, byte for byte. By default every fix is applied, safe or suggestion
/// (what accepting each fix an editor offers gives); a fixture whose frontmatter has the comment
/// <c># fix: safe</c> gets only the safe fixes, as <c>--fix</c> applies them. Twins are expected
/// output, read and checked by a person; <c>TAMER_UPDATE_FIXTURES=1</c> rewrites the existing ones
/// after an intended change, for review in the diff.
/// </summary>
public sealed class FixTwinTests
{
    private static readonly Dictionary<(string, FixScope), FixRun> Runs = new();

    public static TheoryData<string, string> Twins()
    {
        var data = new TheoryData<string, string>();
        foreach (var (folder, fileName) in TwinFixtures())
        {
            data.Add(folder, fileName);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Twins))]
    public void Fixing_the_fixture_gives_its_twin_byte_for_byte(string folder, string fileName)
    {
        var file = FixedFile(folder, fileName);
        var twinPath = TwinPath(folder, fileName);
        if (Environment.GetEnvironmentVariable("TAMER_UPDATE_FIXTURES") == "1")
        {
            File.WriteAllBytes(twinPath, file.Bytes);
        }

        file.Warnings.ShouldBeEmpty();
        file.Fixed.Problems.Count.ShouldBeLessThanOrEqualTo(file.Original.Problems.Count, "the fixed file reads worse than the fixture");
        file.Bytes.ShouldBe(File.ReadAllBytes(twinPath), folder + "/" + fileName + " fixed is not its twin:\n" + UnifiedDiff.Create(fileName, Decode(File.ReadAllBytes(twinPath)), Decode(file.Bytes)));
    }

    [Theory]
    [MemberData(nameof(Twins))]
    public void A_twin_is_left_as_it_is_by_another_fix(string folder, string fileName)
    {
        var twin = WorkItemFixerInput(TwinPath(folder, fileName), fileName);
        var fixture = FixtureFolder.Lint(RepositoryPaths.InRepository(folder.Split('/')), AxisPacks.Engine());
        var again = new WorkItemFixer(AxisPacks.Engine()).Fix([twin], [], ScopeOf(fixture.Text(fileName)));

        again.Files[0].Changed.ShouldBeFalse(UnifiedDiff.Create(fileName, again.Files[0].OriginalText, again.Files[0].Text));
        again.Result.Files[0].Diagnostics.Where(d => d.Fixes.Any(f => f.Kind == FixKind.Safe)).ShouldBeEmpty();
    }

    [Fact]
    public void Every_fixable_diagnostic_has_a_fixture_with_a_twin_where_its_fix_is_offered()
    {
        var offered = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (folder, fileName) in TwinFixtures())
        {
            var fixture = FixtureFolder.Lint(RepositoryPaths.InRepository(folder.Split('/')), AxisPacks.Engine());
            var marked = fixture.Expected(fileName, _ => true).Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
            offered.UnionWith(fixture.Diagnostics(fileName).Where(d => d.Fixes.Count > 0 && marked.Contains(d.Id)).Select(d => d.Id));
        }

        var fixable = AxisPacks.All.Append<RulePack>(FormatRulePack.Instance)
            .SelectMany(p => p.Versions).SelectMany(v => v.SupportedDiagnostics)
            .Where(d => d.FixKind != FixKind.None).Select(d => d.Id).Distinct().Order(StringComparer.Ordinal).ToList();
        fixable.ShouldNotBeEmpty();
        fixable.Where(id => !offered.Contains(id)).ShouldBeEmpty("fixable IDs without a twin fixture that marks them and offers their fix");
    }

    private static IEnumerable<(string Folder, string FileName)> TwinFixtures()
    {
        foreach (var folder in AxisPacks.FixtureFolders())
        {
            foreach (var twin in Directory.GetFiles(folder, "*.fixed.md").Order(StringComparer.Ordinal))
            {
                yield return (Path.GetRelativePath(RepositoryPaths.Root, folder).Replace('\\', '/'), Path.GetFileName(twin)[..^".fixed.md".Length] + ".md");
            }
        }
    }

    private static FixedFile FixedFile(string folder, string fileName)
    {
        var fixture = FixtureFolder.Lint(RepositoryPaths.InRepository(folder.Split('/')), AxisPacks.Engine());
        var scope = ScopeOf(fixture.Text(fileName));
        FixRun run;
        lock (Runs)
        {
            if (!Runs.TryGetValue((folder, scope), out run!))
            {
                run = fixture.Fix(AxisPacks.Engine(), scope);
                Runs[(folder, scope)] = run;
            }
        }

        return run.Files.Single(f => f.Path == fileName);
    }

    private static FixScope ScopeOf(string text) =>
        text.Contains("# fix: safe", StringComparison.Ordinal) ? FixScope.Safe : FixScope.SafeAndSuggestions;

    private static Parsing.WorkItemDocument WorkItemFixerInput(string path, string name) => Parsing.WorkItemParser.Parse(name, File.ReadAllBytes(path));

    private static string TwinPath(string folder, string fileName) =>
        RepositoryPaths.InRepository(folder.Split('/').Append(fileName[..^".md".Length] + ".fixed.md").ToArray());

    private static string Decode(byte[] bytes) => new UTF8Encoding(false).GetString(bytes);
}
