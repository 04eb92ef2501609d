using Tamer.Spec.Testing;

namespace Tamer.Spec.Cli.Tests;

/// <summary>
/// <c>tamer-lint verify</c> is a lint with a change: the configuration's rule versions and
/// severities and the Work Item's suppressions apply to the drift diagnostics as to every other.
/// </summary>
public sealed class VerifyConfigurationTests
{
    private static TemporaryDirectory Folder(string configuration, string suppress = "")
    {
        var folder = new TemporaryDirectory();
        folder.Write("work-items/pay.md", ChangeWorkItems.Invoices("WI-PAY-0002", suppress));
        folder.Write(".tamer.yml", configuration);
        folder.Write("changed.txt", "src/billing/x.ts\nREADME.md\n");
        return folder;
    }

    [Fact]
    public void With_scope_off_verify_reports_no_scope_diagnostic()
    {
        using var folder = Folder("rules:\n  scope: \"off\"\n");

        var outcome = CliRun.InProcess(folder.Path, "verify", "WI-PAY-0002", "--changed", "changed.txt");

        outcome.ExitCode.ShouldBe(0, outcome.Output + outcome.Error);
        outcome.Output.ShouldNotContain("TMR11");
        outcome.OutputLines.ShouldBe(new[] { "1 file checked: 0 refused (0 errors, 0 warnings, 0 infos)" });
    }

    [Fact]
    public void With_scope_pinned_to_1_verify_runs_scope_1_which_has_no_drift_rule()
    {
        using var folder = Folder("rules:\n  scope: \"1.*\"\n");

        var outcome = CliRun.InProcess(folder.Path, "verify", "WI-PAY-0002", "--changed", "changed.txt", "--format", "json");

        outcome.ExitCode.ShouldBe(0, outcome.Output + outcome.Error);
        outcome.Output.ShouldContain("\"axis\": \"scope\",\n      \"version\": \"1.0.0\"");
        outcome.Output.ShouldNotContain("TMR11");
    }

    [Fact]
    public void The_rule_option_picks_the_scope_version_and_the_tag_names_it()
    {
        using var folder = Folder("rules:\n  scope: \"1.*\"\n");

        var outcome = CliRun.InProcess(folder.Path, "verify", "WI-PAY-0002", "--changed", "changed.txt", "--rule", "scope=[2.0,3.0)");

        outcome.ExitCode.ShouldBe(1);
        outcome.OutputLines.ShouldContain("work-items/pay.md(8,15): error TMR1102: 'src/billing/x.ts' was changed, but WI-PAY-0002 forbids 'src/billing/' [scope@2.0.0]");
    }

    [Fact]
    public void A_severity_in_the_configuration_applies_to_drift()
    {
        using var folder = Folder("severity:\n  TMR1101: warning\n");

        var outcome = CliRun.InProcess(folder.Path, "verify", "WI-PAY-0002", "--changed", "changed.txt");

        outcome.OutputLines.ShouldContain(l => l.Contains("warning TMR1101: 'README.md' was changed", StringComparison.Ordinal));
        outcome.OutputLines.ShouldContain(l => l.Contains("error TMR1102: 'src/billing/x.ts' was changed", StringComparison.Ordinal));
    }

    [Fact]
    public void A_justified_suppression_in_the_Work_Item_silences_TMR1102()
    {
        using var folder = Folder("rules:\n  scope: \"2.*\"\n", ChangeWorkItems.SuppressForbidden);

        var outcome = CliRun.InProcess(folder.Path, "verify", "WI-PAY-0002", "--changed", "changed.txt");

        outcome.Output.ShouldNotContain("TMR1102");
        outcome.OutputLines.ShouldContain(l => l.Contains("error TMR1101: 'README.md' was changed", StringComparison.Ordinal), "only the suppressed ID is silenced");
        outcome.OutputLines.Last().ShouldEndWith("; 1 suppressed");
    }
}
