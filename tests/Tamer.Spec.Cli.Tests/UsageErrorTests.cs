using Tamer.Spec.Testing;

namespace Tamer.Spec.Cli.Tests;

/// <summary>Every usage or configuration error: exit code 2 and one line on standard error, never a stack trace.</summary>
public sealed class UsageErrorTests
{
    private static readonly string Clean = TestWorkItems.Clean();

    private static void ShouldBeOneLineUsageError(CliOutcome outcome, string expected)
    {
        outcome.ExitCode.ShouldBe(2);
        outcome.ErrorLines.ShouldHaveSingleItem().ShouldContain(expected);
        outcome.Error.ShouldNotContain("   at ");
        outcome.Error.ShouldNotContain("Exception");
    }

    [Fact]
    public void An_unknown_option_is_a_one_line_error_from_the_real_process()
    {
        using var folder = new TemporaryDirectory();

        ShouldBeOneLineUsageError(CliRun.AsProcess(folder.Path, "lint", "--bogus"), "--bogus");
    }

    [Fact]
    public void An_invalid_configuration_names_the_bad_key_from_the_real_process()
    {
        using var folder = new TemporaryDirectory();
        folder.Write(".tamer.yml", "rulez:\n  scope: off\n");
        folder.Write("a.md", Clean);

        var outcome = CliRun.AsProcess(folder.Path, ".");

        ShouldBeOneLineUsageError(outcome, "TMR9001");
        outcome.Error.ShouldContain(".tamer.yml(1,1): error TMR9001: invalid configuration: unknown key 'rulez' (did you mean 'rules'?)");
    }

    [Fact]
    public void A_rule_range_that_matches_nothing_is_TMR9002()
    {
        using var folder = new TemporaryDirectory();
        folder.Write("a.md", Clean);

        var outcome = CliRun.InProcess(folder.Path, ".", "--rule", "scope=[9.0,10.0)");

        ShouldBeOneLineUsageError(outcome, "TMR9002");
        outcome.Error.ShouldContain("no version of the 'scope' rule matches '[9.0,10.0)' (available: 1.0.0, 2.0.0)");
    }

    [Theory]
    [InlineData("nowhere/at/all", "no such file or folder: nowhere/at/all")]
    [InlineData("--format=xml", "xml")]
    [InlineData("--max-warnings=-1", "--max-warnings must be 0 or more")]
    [InlineData("--config=missing.yml", "the configuration file missing.yml does not exist")]
    [InlineData("--rule=scope", "--rule expects AXIS=RANGE")]
    [InlineData("--severity=TMR0005=loud", "unknown severity 'loud'")]
    public void Bad_arguments_are_one_line_errors(string argument, string expected)
    {
        using var folder = new TemporaryDirectory();
        folder.Write("a.md", Clean);

        ShouldBeOneLineUsageError(CliRun.InProcess(folder.Path, argument), expected);
    }
}
