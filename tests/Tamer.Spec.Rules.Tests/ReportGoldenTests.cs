using System.Text;
using Tamer.Spec.Engine;
using Tamer.Spec.Reporting;
using Tamer.Spec.Testing;

namespace Tamer.Spec.Rules.Tests;

/// <summary>
/// The whole report, text and JSON, of every fixture folder of the packs, of the format fixtures,
/// of <c>examples/work-items</c> and of the shared examples, each folder linted as one workspace
/// with its own <c>.tamer.yml</c> and <c>repository.txt</c>, against the files in
/// <c>golden/reports/</c>. Any change to a diagnostic's ID, message, position, severity, fix or
/// rule version shows up as a difference. When a change is meant (a new rule version, a new
/// fixture), regenerate the files with <c>TAMER_UPDATE_GOLDEN=1</c> and review the diff.
/// </summary>
public sealed class ReportGoldenTests
{
    private const string UpdateVariable = "TAMER_UPDATE_GOLDEN";
    private const string SharedExamples = "shared/examples/work-items";

    // A fixed tool version, so that a release does not change the reports.
    private static readonly ToolInfo Tool = new("tamer-lint", "0.0.0-golden");

    public static TheoryData<string> Folders()
    {
        var folders = new TheoryData<string>();
        foreach (var folder in AxisPacks.FixtureFolders().Concat(AxisPacks.TraceabilityFixtureFolders()).Append(RepositoryPaths.InRepository("examples", "work-items")))
        {
            folders.Add(Path.GetRelativePath(RepositoryPaths.Root, folder).Replace('\\', '/'));
        }

        folders.Add(SharedExamples);
        return folders;
    }

    [Theory]
    [MemberData(nameof(Folders))]
    public void The_text_and_JSON_reports_are_unchanged(string folder)
    {
        var result = Lint(folder);

        Compare(folder, ".txt", Write(new TextReportWriter(), result));
        Compare(folder, ".json", Write(new JsonReportWriter(), result));
    }

    [Fact]
    public void The_drift_of_every_fixture_with_a_change_is_unchanged()
    {
        var lines = new List<string>();
        foreach (var folder in AxisPacks.FixtureFolders())
        {
            foreach (var file in Directory.GetFiles(folder, "*.md").Where(f => !f.EndsWith(".fixed.md", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
            {
                var text = File.ReadAllText(file);
                if (FixtureChange.Of(text) is not { } changed)
                {
                    continue;
                }

                var relative = Path.GetRelativePath(RepositoryPaths.Root, file).Replace('\\', '/');
                var document = Parsing.WorkItemParser.Parse(relative, File.ReadAllBytes(file));
                lines.AddRange(ChangeLint.Drift(document, changed).Select(d => TextReportWriter.Line(d, Tool)));
            }
        }

        lines.Sort(StringComparer.Ordinal);
        lines.Count.ShouldBeGreaterThan(3, "the scope fixtures hold changes that drift");
        Compare("drift", ".txt", string.Join("\n", lines) + "\n");
    }

    [Fact]
    public void Every_golden_file_belongs_to_a_folder_still_linted()
    {
        var expected = Folders().Select(row => GoldenName(row.Data)).Append("drift").ToHashSet(StringComparer.Ordinal);
        var stale = Directory.GetFiles(GoldenFolder())
            .Select(f => Path.GetFileNameWithoutExtension(f))
            .Where(name => !expected.Contains(name))
            .Distinct(StringComparer.Ordinal)
            .ToList();

        stale.ShouldBeEmpty("golden/reports holds reports of folders that no longer exist; delete them");
    }

    private static LintResult Lint(string folder)
    {
        var full = folder == SharedExamples ? SharedExamplesFolder() : RepositoryPaths.InRepository(folder.Split('/'));
        return FixtureFolder.Lint(full, new LintEngine(AxisPacks.UnderRules)).Result;
    }

    private static string SharedExamplesFolder() => Path.Combine(RepositoryPaths.Shared, "examples", "work-items");

    private static string Write(IReportWriter writer, LintResult result)
    {
        using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n" };
        writer.Write(result, Tool, text);
        return text.ToString();
    }

    private static void Compare(string folder, string extension, string actual)
    {
        var path = Path.Combine(GoldenFolder(), GoldenName(folder) + extension);
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            Directory.CreateDirectory(GoldenFolder());
            File.WriteAllText(path, actual, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }

        File.Exists(path).ShouldBeTrue("no golden report " + path + "; run the tests once with " + UpdateVariable + "=1 and review the new file");
        var golden = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        if (golden != actual)
        {
            Assert.Fail("The report of " + folder + " differs from " + path + " (first difference at line " + FirstDifference(golden, actual) + ")." +
                " If the change is meant, run the tests with " + UpdateVariable + "=1 and review the diff.\n--- golden\n" + golden + "\n--- actual\n" + actual);
        }
    }

    private static int FirstDifference(string golden, string actual)
    {
        var a = golden.Split('\n');
        var b = actual.Split('\n');
        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i])
        {
            i++;
        }

        return i + 1;
    }

    private static string GoldenFolder() => RepositoryPaths.InRepository("tests", "Tamer.Spec.Rules.Tests", "golden", "reports");

    private static string GoldenName(string folder) => folder.Replace('/', '.');
}
