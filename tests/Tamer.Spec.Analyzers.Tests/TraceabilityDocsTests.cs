using System.Text.RegularExpressions;
using Tamer.Spec.Testing;

namespace Tamer.Spec.Analyzers.Tests;

/// <summary>
/// The examples on the traceability docs pages are true: the files under "Fires" give exactly the
/// lines the page shows, and with the files under "Passes" (a block without a name replaces the
/// file of the same kind) the diagnostic is gone.
/// Stays as it is: the expectations are the lines of a docs page, not markup in the files.
/// </summary>
public sealed partial class TraceabilityDocsTests
{
    private const string Root = "/repo";

    [GeneratedRegex(@"(?:^`(?<path>[^`]+)`:\n\n)?^```(?<kind>\w+)\n(?<text>.*?)^```\n", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex Block();

    public static TheoryData<string> Ids => ["TMR6001", "TMR6002", "TMR6003"];

    [Theory]
    [MemberData(nameof(Ids))]
    public async Task The_page_s_examples_fire_and_pass_as_shown(string id)
    {
        var page = File.ReadAllText(RepositoryPaths.InRepository("rules", "traceability", "docs", id + ".md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var fires = Section(page, "## Fires");
        var files = Files(fires, new Dictionary<string, string>(StringComparer.Ordinal), out var expected);

        var firing = await Analyze(files);
        firing.ShouldBe(expected, "the lines under Fires in " + id + ".md");

        var passing = await Analyze(Files(Section(page, "## Passes"), files, out _));
        passing.ShouldNotContain(line => line.Contains(id, StringComparison.Ordinal));
    }

    private static string Section(string page, string heading)
    {
        var start = page.IndexOf(heading + "\n", StringComparison.Ordinal);
        start.ShouldBeGreaterThanOrEqualTo(0, heading);
        var end = page.IndexOf("\n## ", start + heading.Length, StringComparison.Ordinal);
        return page[start..(end < 0 ? page.Length : end + 1)];
    }

    // Named blocks are files; an unnamed block replaces the file of its kind; a text block is the expected output.
    private static Dictionary<string, string> Files(string section, IReadOnlyDictionary<string, string> before, out List<string> expected)
    {
        var files = new Dictionary<string, string>(before, StringComparer.Ordinal);
        expected = [];
        foreach (Match block in Block().Matches(section))
        {
            var kind = block.Groups["kind"].Value;
            var text = block.Groups["text"].Value;
            if (kind == "text")
            {
                expected.AddRange(text.Split('\n', StringSplitOptions.RemoveEmptyEntries));
                continue;
            }

            var path = block.Groups["path"].Success ? block.Groups["path"].Value : files.Keys.Single(p => Extension(p) == kind);
            files[path] = text;
        }

        return files;
    }

    private static string Extension(string path) => Path.GetExtension(path) switch
    {
        ".cs" => "csharp",
        ".md" => "markdown",
        _ => "yaml",
    };

    private static async Task<List<string>> Analyze(IReadOnlyDictionary<string, string> files)
    {
        var project = new TestProject(Root).AsTestProject().Source("Usings.cs", "global using Tamer.Spec;\n");
        foreach (var (path, text) in files)
        {
            _ = Extension(path) switch
            {
                "csharp" => project.Source(path, text),
                "markdown" => project.WorkItem(path, text),
                _ => project.Configuration(text, path),
            };
        }

        return (await project.AnalyzeAsync()).Where(d => d.Id.StartsWith("TMR6", StringComparison.Ordinal)).Select(d => Located.From(d, Root))
            .Select(d => $"{d.File}({d.Line},{d.Column}): {d.Severity.ToString().ToLowerInvariant()} {d.Id}: {d.Message}").ToList();
    }
}
