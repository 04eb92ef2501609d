using Tamer.Spec.Testing;

namespace Tamer.Spec.Build.Tests;

/// <summary>
/// The MSBuild task judges a change (<c>TamerChangedFile</c> items) against the Work Item it
/// implements (<c>TamerChangeWorkItem</c>) through the engine, so the Work Item's suppressions and
/// the configuration apply as on the command line.
/// </summary>
public sealed class ChangeTests
{
    private static MsBuildOutcome Run(TemporaryDirectory folder, string suppress, string? configuration, params string[] changed)
    {
        folder.Write("work-items/pay.md", ChangeWorkItems.Invoices("WI-PAY-0003", suppress));
        if (configuration is not null)
        {
            folder.Write(".tamer.yml", configuration);
        }

        var items = string.Join(string.Empty, changed.Select(c => "    <TamerChangedFile Include=\"" + c + "\" />\n"));
        return MsBuildRun.Lint(folder, items, "TamerChangeWorkItem=WI-PAY-0003");
    }

    [Fact]
    public void A_change_to_a_forbidden_path_fails_the_build_with_TMR1102_at_the_forbidden_entry()
    {
        using var folder = new TemporaryDirectory();

        var outcome = Run(folder, string.Empty, null, "src/billing/x.ts");

        outcome.ExitCode.ShouldBe(1, outcome.ToString());
        outcome.OutputLines.ShouldContain(l => l.StartsWith("work-items/pay.md(8,15): error TMR1102: 'src/billing/x.ts' was changed, but WI-PAY-0003 forbids 'src/billing/'", StringComparison.Ordinal), outcome.ToString());
    }

    [Fact]
    public void A_justified_suppression_in_the_Work_Item_silences_TMR1102()
    {
        using var folder = new TemporaryDirectory();

        var outcome = Run(folder, ChangeWorkItems.SuppressForbidden, null, "src/billing/x.ts", "README.md");

        outcome.Output.ShouldNotContain("TMR1102");
        outcome.OutputLines.ShouldContain(l => l.Contains("error TMR1101: 'README.md' was changed", StringComparison.Ordinal), "only the suppressed ID is silenced: " + outcome);
    }

    [Fact]
    public void With_scope_off_the_change_brings_nothing()
    {
        using var folder = new TemporaryDirectory();

        var outcome = Run(folder, string.Empty, "rules:\n  scope: \"off\"\n", "src/billing/x.ts");

        outcome.ExitCode.ShouldBe(0, outcome.ToString());
        outcome.Output.ShouldNotContain("TMR11");
    }
}
