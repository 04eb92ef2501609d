using Tamer.Spec.Engine;
using Tamer.Spec.Parsing;
using Tamer.Spec.Workspace;

namespace Tamer.Spec.Rules.Tests.Formats;

/// <summary>Lints files given as (path, text) as one workspace, each read in the format its path and text say.</summary>
internal static class FormatLint
{
    public static LintResult Lint(params (string Path, string Text)[] files) =>
        AxisPacks.Engine().Lint(new WorkItemWorkspace(files.Select(f => WorkItemParser.Parse(f.Path, System.Text.Encoding.UTF8.GetBytes(f.Text)))));

    public static FileLintResult File(this LintResult result, string path) => result.Files.Single(f => f.Path == path);

    /// <summary>The 1-based line and column of the first occurrence of <paramref name="needle"/> in <paramref name="text"/>.</summary>
    public static (int Line, int Column) PositionOf(string text, string needle)
    {
        var offset = text.IndexOf(needle, StringComparison.Ordinal);
        offset.ShouldBeGreaterThanOrEqualTo(0, "'" + needle + "' is in the text");
        var before = text.Substring(0, offset);
        var line = before.Count(c => c == '\n') + 1;
        var column = offset - (before.LastIndexOf('\n') + 1) + 1;
        return (line, column);
    }
}
