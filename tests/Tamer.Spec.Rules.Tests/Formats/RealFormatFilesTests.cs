using Tamer.Spec.Formats;
using Tamer.Spec.Parsing;
using Tamer.Spec.Testing;
using Tamer.Spec.Workspace;

namespace Tamer.Spec.Rules.Tests.Formats;

/// <summary>
/// Public Backlog.md tasks, Spec Kit features and Kiro specs, copied unchanged with their source and
/// licence (see <c>real-formats/SOURCES.tsv</c>): each repository's files, linted as one workspace
/// under their original paths, are recognised as their format, and none crashes a rule or gets a
/// format error (TMR0001–TMR0010 as an error) for something the format's own tools accept. (A key
/// Backlog.md does not know stays a TMR0005 warning: its tools drop such keys when they rewrite a
/// task.)
/// </summary>
public sealed class RealFormatFilesTests
{
    private static readonly string Root = RepositoryPaths.InRepository("tests", "Tamer.Spec.Rules.Tests", "real-formats");

    public static TheoryData<string, string> Repositories()
    {
        var rows = new TheoryData<string, string>();
        foreach (var profile in Directory.GetDirectories(Root).Order(StringComparer.Ordinal))
        {
            foreach (var repository in Directory.GetDirectories(profile).Order(StringComparer.Ordinal))
            {
                rows.Add(Path.GetFileName(profile), Path.GetFileName(repository));
            }
        }

        return rows;
    }

    [Theory]
    [MemberData(nameof(Repositories))]
    public void Every_file_is_read_as_its_format_without_a_crash_or_a_format_error(string profile, string repository)
    {
        var folder = Path.Combine(Root, profile, repository);
        var documents = Directory.GetFiles(folder, "*.md", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(f => WorkItemParser.Parse(Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes(f)))
            .ToList();

        var result = AxisPacks.Engine().Lint(new WorkItemWorkspace(documents));

        documents.ShouldNotBeEmpty();
        documents.ShouldAllBe(d => d.Profile.Name == profile, "every file is recognised from its path");
        documents.Count(d => d.Role == DocumentRole.WorkItem).ShouldBeGreaterThan(0);
        var problems = result.Files
            .SelectMany(f => f.Diagnostics)
            .Where(d => d.Id == "TMR9003" || (d.Severity == Diagnostics.DiagnosticSeverity.Error && string.CompareOrdinal(d.Id, "TMR0001") >= 0 && string.CompareOrdinal(d.Id, "TMR0010") <= 0))
            .Select(d => d.ToString());
        problems.ShouldBeEmpty();
    }

    [Fact]
    public void The_collection_holds_at_least_15_files_of_each_format_from_at_least_three_repositories_each_with_its_source()
    {
        var sources = File.ReadAllLines(Path.Combine(Root, "SOURCES.tsv")).Skip(1).Select(l => l.Split('\t')).ToList();

        foreach (var profile in new[] { "backlog-md", "spec-kit", "kiro" })
        {
            var rows = sources.Where(s => s[0] == profile).ToList();
            rows.Count.ShouldBeGreaterThanOrEqualTo(15, profile);
            rows.Select(s => s[1]).Distinct().Count().ShouldBeGreaterThanOrEqualTo(3, profile);
            foreach (var row in rows)
            {
                var folder = Path.Combine(Root, profile, row[1].Replace("/", "__", StringComparison.Ordinal));
                File.Exists(Path.Combine(folder, row[2])).ShouldBeTrue(row[2]);
                File.Exists(Path.Combine(folder, "LICENSE.txt")).ShouldBeTrue(row[1] + " keeps its licence");
                row[3].Length.ShouldBe(40, "the commit the file was copied from");
            }
        }
    }
}
