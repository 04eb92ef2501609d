using Tamer.Spec.Testing;

namespace Tamer.Spec.Build.Tests;

/// <summary>
/// A configuration file that is missing or does not parse fails the build with the sentence every
/// host uses (the command line's exit code 2, the host's start failure); nothing is linted with
/// the defaults instead.
/// </summary>
public sealed class ConfigurationFailureTests
{
    private const string RefusedWorkItem = "---\nid: WI-A-0001\nscope: [src/]\n---\n";

    [Fact]
    public void A_missing_configuration_file_is_a_build_error_with_the_shared_sentence()
    {
        using var folder = new TemporaryDirectory();
        folder.Write("work-items/a.md", RefusedWorkItem);
        var missing = Path.Combine(folder.Path, "missing.yml");

        var outcome = MsBuildRun.Lint(folder, string.Empty, "TamerConfigFile=" + missing);

        outcome.ExitCode.ShouldBe(1, outcome.ToString());
        outcome.OutputLines.ShouldContain(l => l.StartsWith(missing + " : error TMR9001: the configuration file " + missing + " does not exist", StringComparison.Ordinal), outcome.ToString());
        outcome.Output.ShouldNotContain("TMR1", Case.Sensitive, "nothing is linted with the defaults");
    }

    [Fact]
    public void A_configuration_that_does_not_parse_is_a_build_error_with_TMR9001_at_its_line()
    {
        using var folder = new TemporaryDirectory();
        folder.Write("work-items/a.md", RefusedWorkItem);
        folder.Write(".tamer.yml", "rules:\n  scope: [unclosed\n");

        var outcome = MsBuildRun.Lint(folder, string.Empty, "TamerConfigFile=" + Path.Combine(folder.Path, ".tamer.yml"));

        outcome.ExitCode.ShouldBe(1, outcome.ToString());
        outcome.OutputLines.ShouldContain(l => l.Contains(".tamer.yml(3,1): error TMR9001: invalid configuration: the YAML is invalid", StringComparison.Ordinal), outcome.ToString());
        outcome.Output.ShouldNotContain("TMR1", Case.Sensitive, "nothing is linted with the defaults");
    }
}
