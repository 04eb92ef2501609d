using System.Text.RegularExpressions;
using Tamer.Spec.Testing;

namespace Tamer.Spec.EndToEnd.Tests;

/// <summary>Two hosts, one engine: the MSBuild task and the command line report the same diagnostics.</summary>
[Trait("Category", "e2e")]
public sealed partial class ParityTests(PackedFeed feed)
{
    // A line of the build log: "1>" says which node logged it at normal verbosity.
    [GeneratedRegex(@"^(?:\d+>)?(?<file>[^\s(][^(]*)\((?<line>\d+),(?<column>\d+)\): (?<severity>error|warning|message) (?<id>TMR\d{4}): (?<message>.*?)(?: \[[^\]]*\.csproj\])?$")]
    private static partial Regex BuildLine();

    [Fact]
    public void The_build_task_and_the_command_line_give_identical_diagnostics_on_the_shared_examples()
    {
        var folder = feed.NewConsumer("parity");
        Consumer.BuildProject(feed, folder);
        Consumer.CopySharedExamples(folder);

        var build = ProcessRun.Dotnet(folder, "build", "-v:n");
        var cli = SourceCli.Run(folder, "lint", "work-items", "--format", "json");

        build.ExitCode.ShouldBe(1, build.ToString());
        var fromBuild = build.OutputLines.Select(l => BuildLine().Match(l.Trim())).Where(m => m.Success)
            .Select(m => (m.Groups["id"].Value, m.Groups["file"].Value, int.Parse(m.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture), int.Parse(m.Groups["column"].Value, System.Globalization.CultureInfo.InvariantCulture), m.Groups["message"].Value))
            .Distinct().Order().ToList();
        var fromCli = ReportJson.Diagnostics(cli.Output).Order().ToList();
        fromCli.ShouldNotBeEmpty();
        fromBuild.ShouldBe(fromCli);
    }
}
