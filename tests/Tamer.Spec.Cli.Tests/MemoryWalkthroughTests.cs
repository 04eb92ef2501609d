using System.Text.RegularExpressions;
using Tamer.Spec.Testing;

namespace Tamer.Spec.Cli.Tests;

/// <summary>
/// The walkthrough of docs/memory.md, run as written: each command of its bash blocks (the tool's
/// arguments after <c>dotnet run --project src/Tamer.Spec.Cli --</c>) from the repository root, with
/// the exit code its "# exits N" comment gives (0 otherwise), and every line of the text block that
/// follows found in what the command printed.
/// </summary>
public sealed partial class MemoryWalkthroughTests
{
    private const string Prefix = "dotnet run --project src/Tamer.Spec.Cli -- ";

    [Fact]
    public void Every_command_of_the_walkthrough_prints_what_the_page_shows()
    {
        var markdown = File.ReadAllText(RepositoryPaths.InRepository("docs", "memory.md")).Replace("\r\n", "\n");
        var walkthrough = markdown[markdown.IndexOf("## Walkthrough", StringComparison.Ordinal)..];
        var commands = 0;
        var printed = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match block in Block().Matches(walkthrough))
        {
            var lines = block.Groups["body"].Value.Split('\n').Where(l => l.Length > 0).ToList();
            if (block.Groups["language"].Value == "bash")
            {
                printed.Clear();
                foreach (var line in lines)
                {
                    line.ShouldStartWith(Prefix);
                    var exit = ExpectedExit().Match(line);
                    var command = exit.Success ? line[..exit.Index] : line;
                    var outcome = CliRun.InProcess(RepositoryPaths.Root, command[Prefix.Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries));
                    outcome.ExitCode.ShouldBe(exit.Success ? int.Parse(exit.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 0, command + "\n" + outcome);
                    printed.UnionWith(outcome.OutputLines);
                    commands++;
                }
            }
            else if (block.Groups["language"].Value == "text")
            {
                foreach (var expected in lines)
                {
                    printed.ShouldContain(expected, "the page shows a line its command does not print");
                }
            }
        }

        commands.ShouldBe(2);
    }

    [GeneratedRegex(@"```(?<language>\w+)\n(?<body>.*?)```", RegexOptions.Singleline)]
    private static partial Regex Block();

    [GeneratedRegex(@"\s+# exits (\d+)\s*$")]
    private static partial Regex ExpectedExit();
}
