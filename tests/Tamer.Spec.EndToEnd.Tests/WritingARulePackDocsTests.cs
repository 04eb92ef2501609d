using System.Text.RegularExpressions;
using Tamer.Spec.Testing;

namespace Tamer.Spec.EndToEnd.Tests;

/// <summary>
/// docs/writing-a-rule-pack.md, run as written: every command of its bash blocks from the
/// repository root, with the exit code its "# exits N" comment gives (0 otherwise), and every line
/// of a text block that follows a bash block found in what those commands printed.
/// </summary>
[Trait("Category", "e2e")]
public sealed partial class WritingARulePackDocsTests
{
    [Fact]
    public void Every_command_of_the_walkthrough_runs_as_the_page_says()
    {
        var blocks = Blocks(File.ReadAllText(RepositoryPaths.InRepository("docs", "writing-a-rule-pack.md")));
        var commands = 0;
        var output = string.Empty;
        foreach (var (language, lines) in blocks)
        {
            if (language == "bash")
            {
                output = string.Empty;
                foreach (var line in lines.Where(l => l.Trim().Length > 0))
                {
                    var match = ExpectedExit().Match(line);
                    var command = match.Success ? line[..match.Index].TrimEnd() : line;
                    var expected = match.Success ? int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
                    var outcome = ProcessRun.Run(RepositoryPaths.Root, "bash", ["-c", command]);
                    outcome.ExitCode.ShouldBe(expected, command + "\n" + outcome);
                    output += outcome.Output;
                    commands++;
                }
            }
            else if (language == "text" && output.Length > 0)
            {
                var printed = output.Split('\n').Select(l => l.TrimEnd('\r')).ToHashSet(StringComparer.Ordinal);
                foreach (var expected in lines.Where(l => l.Length > 0))
                {
                    printed.ShouldContain(expected, "the page shows a line its commands do not print");
                }

                output = string.Empty;
            }
        }

        commands.ShouldBeGreaterThanOrEqualTo(6);
    }

    private static List<(string Language, List<string> Lines)> Blocks(string markdown)
    {
        var blocks = new List<(string, List<string>)>();
        List<string>? current = null;
        foreach (var line in markdown.Split('\n'))
        {
            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                if (current is null)
                {
                    current = [];
                    blocks.Add((line[3..].Trim(), current));
                }
                else
                {
                    current = null;
                }
            }
            else
            {
                current?.Add(line.TrimEnd('\r'));
            }
        }

        return blocks;
    }

    [GeneratedRegex(@"\s+# exits (\d+)\s*$")]
    private static partial Regex ExpectedExit();
}
