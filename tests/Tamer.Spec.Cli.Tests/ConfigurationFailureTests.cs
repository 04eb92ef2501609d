using Tamer.Spec.Testing;

namespace Tamer.Spec.Cli.Tests;

/// <summary>
/// A configuration file that is missing or does not parse stops every command with exit code 2
/// and the sentence every host uses (the MSBuild task's build error, the host's start failure).
/// </summary>
public sealed class ConfigurationFailureTests
{
    [Theory]
    [InlineData("lint")]
    [InlineData("verify")]
    [InlineData("trace")]
    [InlineData("rules")]
    public void A_missing_configuration_file_is_exit_2_with_the_shared_sentence(string command)
    {
        using var folder = new TemporaryDirectory();
        folder.Write("work-items/a.md", "---\nid: WI-A-0001\n---\n");
        folder.Write("changed.txt", "a.ts\n");
        string[] extra = command switch
        {
            "lint" => ["work-items"],
            "verify" => ["work-items/a.md", "--changed", "changed.txt"],
            _ => [],
        };

        var outcome = CliRun.InProcess(folder.Path, [command, .. extra, "--config", "missing.yml"]);

        outcome.ExitCode.ShouldBe(2, outcome.Output + outcome.Error);
        outcome.ErrorLines.ShouldBe(["tamer-lint: error: the configuration file missing.yml does not exist"]);
    }

    [Fact]
    public void A_configuration_that_does_not_parse_is_exit_2_with_TMR9001_at_its_line()
    {
        using var folder = new TemporaryDirectory();
        folder.Write("work-items/a.md", "---\nid: WI-A-0001\n---\n");
        folder.Write(".tamer.yml", "rules:\n  scope: [unclosed\n");

        var outcome = CliRun.InProcess(folder.Path, "work-items");

        outcome.ExitCode.ShouldBe(2, outcome.Output + outcome.Error);
        outcome.ErrorLines.ShouldContain(l => l.StartsWith(".tamer.yml(3,1): error TMR9001: invalid configuration: the YAML is invalid", StringComparison.Ordinal), outcome.Error);
        outcome.Output.ShouldBeEmpty();
    }
}
