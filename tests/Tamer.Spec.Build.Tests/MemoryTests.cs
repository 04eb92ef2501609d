using Tamer.Spec.Testing;

namespace Tamer.Spec.Build.Tests;

/// <summary>
/// The MSBuild task finds the invariants registry and the rejected-designs log at their default
/// places beside the Work Items, reads them as such (never as Work Items), and reports the memory
/// axis's diagnostics where the command line and the analyzer report them (their parity test holds
/// the same files to the same lines).
/// </summary>
public sealed class MemoryTests
{
    private static MsBuildOutcome Run(TemporaryDirectory folder, bool withMemory)
    {
        folder.Write(".tamer.yml", "# the registry and the log at their default places\n");
        var copies = new List<(string From, string To)> { ("memory", "work-items") };
        if (withMemory)
        {
            copies.AddRange([("invariants", "invariants"), ("decisions/rejected", "decisions/rejected")]);
        }

        foreach (var (from, to) in copies)
        {
            foreach (var file in Directory.GetFiles(RepositoryPaths.InRepository(["examples", .. from.Split('/')]), "*.md"))
            {
                folder.Write(to + "/" + Path.GetFileName(file), File.ReadAllText(file));
            }
        }

        return MsBuildRun.Lint(folder, string.Empty);
    }

    [Fact]
    public void The_build_reports_the_registry_and_the_log_diagnostics_at_their_places()
    {
        using var folder = new TemporaryDirectory();

        var outcome = Run(folder, withMemory: true);

        var lines = outcome.OutputLines;
        lines.ShouldContain(l => l.Contains("tenant-header.md(6,11): warning TMR7001: write path 'src/tenancy/context.ts' is governed by invariant INV-TENANT-001 ('every query is filtered by the caller's tenant id')", StringComparison.Ordinal), outcome.ToString());
        lines.ShouldContain(l => l.Contains("typo-reference.md(13,5): error TMR7002: invariant 'INV-TENANT-01' is not in the invariants registry; the closest id is 'INV-TENANT-001'", StringComparison.Ordinal), outcome.ToString());
        lines.ShouldContain(l => l.Contains("typo-reference.md(14,5): error TMR7003: invariant 'INV-TENANT-002' is retired", StringComparison.Ordinal), outcome.ToString());
        lines.ShouldContain(l => l.Contains("INV-BILLING-001.md(2,5): error TMR7004:", StringComparison.Ordinal), outcome.ToString());
        lines.ShouldContain(l => l.Contains("profile-cache.md(3,8): warning TMR7009: the Work Item resembles rejected design RD-0007", StringComparison.Ordinal), outcome.ToString());
        outcome.Output.ShouldNotContain(" TMR00", Case.Sensitive, "a registry or log file was linted as a Work Item:\n" + outcome);
        outcome.ExitCode.ShouldBe(1, outcome.ToString());
    }

    [Fact]
    public void Near_miss_without_the_registry_and_the_log_no_memory_diagnostic_and_references_reported_as_before()
    {
        using var folder = new TemporaryDirectory();

        var outcome = Run(folder, withMemory: false);

        outcome.OutputLines.ShouldNotContain(l => l.Contains(" TMR70", StringComparison.Ordinal), outcome.ToString());
        outcome.OutputLines.ShouldContain(l => l.Contains(" TMR3002", StringComparison.Ordinal), outcome.ToString());
    }
}
