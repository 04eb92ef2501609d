using System.Text.RegularExpressions;
using Tamer.Spec.Diagnostics;
using Tamer.Spec.Parsing;
using Tamer.Spec.Testing;
using Tamer.Spec.Workspace;

namespace Tamer.Spec.Rules.Tests;

/// <summary>
/// The shared examples, linted as one workspace with the default configuration, give exactly the
/// errors and warnings that the table of examples/expected.md lists for each file (infos are not
/// compared). The table is read, not retyped.
/// </summary>
public sealed partial class ExpectedExamplesTests
{
    [GeneratedRegex(@"TMR\d{4}", RegexOptions.CultureInvariant)]
    private static partial Regex Id();

    // Without the shared examples there is no table: one row, whose test skips naming the missing folder.
    public static TheoryData<string> Files => RepositoryPaths.HasShared ? new(ReadTable().Select(r => r.File)) : new("(the shared examples)");

    [Theory]
    [MemberData(nameof(Files))]
    public void Each_example_gets_exactly_the_listed_errors_and_warnings(string file)
    {
        var expected = ReadTable().Single(r => r.File == file);
        var result = Lint().Files.Single(f => f.Path == file);

        result.Id.ShouldBe(expected.Id);
        result.IsRefused.ShouldBe(expected.Refused);
        Ids(result.Diagnostics, DiagnosticSeverity.Error).ShouldBe(expected.Errors, file + " errors");
        Ids(result.Diagnostics, DiagnosticSeverity.Warning).ShouldBe(expected.Warnings, file + " warnings");
    }

    [Fact]
    public void The_table_covers_every_example()
    {
        var folder = Path.Combine(RepositoryPaths.Shared, "examples", "work-items");

        ReadTable().Select(r => r.File).ShouldBe(Directory.GetFiles(folder, "*.md").Select(Path.GetFileName).OfType<string>(), ignoreOrder: true);
    }

    private static string[] Ids(IEnumerable<Diagnostic> diagnostics, DiagnosticSeverity severity) =>
        diagnostics.Where(d => d.Severity == severity).Select(d => d.Id).Distinct().Order(StringComparer.Ordinal).ToArray();

    private static Engine.LintResult Lint()
    {
        var folder = Path.Combine(RepositoryPaths.Shared, "examples", "work-items");
        var documents = Directory.GetFiles(folder, "*.md").Select(f => WorkItemParser.Parse(Path.GetFileName(f), File.ReadAllBytes(f)));
        return AxisPacks.Engine().Lint(new WorkItemWorkspace(documents));
    }

    private static List<(string File, string Id, bool Refused, string[] Errors, string[] Warnings)> ReadTable()
    {
        var rows = new List<(string, string, bool, string[], string[])>();
        foreach (var line in File.ReadAllLines(Path.Combine(RepositoryPaths.Shared, "examples", "expected.md")))
        {
            var cells = line.Split('|').Select(c => c.Trim()).ToArray();
            if (cells.Length < 7 || !cells[1].EndsWith(".md", StringComparison.Ordinal))
            {
                continue;
            }

            static string[] IdsIn(string cell) => Id().Matches(cell).Select(m => m.Value).Distinct().Order(StringComparer.Ordinal).ToArray();
            rows.Add((cells[1], cells[2], cells[3] == "yes", IdsIn(cells[4]), IdsIn(cells[5])));
        }

        return rows;
    }
}
