using Tamer.Spec.Testing;

namespace Tamer.Spec.Cli.Tests;

/// <summary>
/// <c>tamer-lint verify</c> lists, after its report, the registry invariants whose <c>applies_to</c>
/// the change touched, so that the reviewer checks those first; and the lint reports the memory
/// axis on the example registry, log and Work Items.
/// </summary>
public sealed class VerifyInvariantsTests
{
    private const string WorkItem = """
        ---
        id: WI-TEN-0001
        title: Read the tenant from the request header
        status: in_progress
        scope:
          write: [src/tenancy/context.ts, src/api/headers.ts]
          read_only: [src/tenancy/]
          forbidden: [src/payments/]
          extend_scope: false
        acceptance_criteria:
          - "AC-1: a request with header X-Tenant: acme returns 200 with only acme's orders"
        invariants: [INV-TENANT-001]
        estimate: { diff_lines: 20 }
        ---

        """;

    private static TemporaryDirectory Folder()
    {
        var folder = new TemporaryDirectory();
        folder.Write(".tamer.yml", "# the registry at its default place\n");
        folder.Write("work-items/tenant.md", WorkItem);
        foreach (var file in Directory.GetFiles(RepositoryPaths.InRepository("examples", "invariants"), "*.md"))
        {
            folder.Write("invariants/" + Path.GetFileName(file), File.ReadAllText(file));
        }

        return folder;
    }

    [Fact]
    public void A_change_to_a_governed_path_lists_the_invariant_with_the_paths_it_governs()
    {
        using var folder = Folder();
        folder.Write("changed.txt", "src/tenancy/context.ts\nsrc/api/headers.ts\n");

        var outcome = CliRun.InProcess(folder.Path, "verify", "WI-TEN-0001", "--changed", "changed.txt");

        outcome.ExitCode.ShouldBe(0, outcome.ToString());
        outcome.OutputLines.ShouldContain("invariants the change touched (check these first):");
        outcome.OutputLines.ShouldContain("  INV-TENANT-001: every query is filtered by the caller's tenant id (invariants/INV-TENANT-001.md; src/tenancy/context.ts)");
        outcome.Output.ShouldNotContain("INV-TENANT-002", Case.Sensitive, "a retired invariant governs nothing");
        outcome.Output.ShouldNotContain("INV-BILLING-001");
    }

    [Fact]
    public void Near_miss_a_change_outside_every_applies_to_lists_none()
    {
        using var folder = Folder();
        folder.Write("changed.txt", "src/api/headers.ts\n");

        var outcome = CliRun.InProcess(folder.Path, "verify", "WI-TEN-0001", "--changed", "changed.txt");

        outcome.OutputLines.ShouldContain("invariants the change touched: none");
        outcome.Output.ShouldNotContain("INV-TENANT-001: ");
    }

    [Fact]
    public void The_lint_of_the_examples_reports_each_memory_diagnostic_in_its_file()
    {
        var outcome = CliRun.InProcess(RepositoryPaths.InRepository("examples"), "memory", "invariants", "decisions");

        outcome.ExitCode.ShouldBe(1, outcome.ToString());
        var ids = outcome.OutputLines.Where(l => l.Contains(" TMR70", StringComparison.Ordinal)).Select(l => (File: l.Split('(')[0], Id: l.Split(": ")[1].Split(' ')[1])).ToList();
        ids.ShouldBe(
        [
            ("invariants/INV-BILLING-001.md", "TMR7004"),
            ("memory/profile-cache.md", "TMR7009"),
            ("memory/tenant-header.md", "TMR7001"),
            ("memory/typo-reference.md", "TMR7002"),
            ("memory/typo-reference.md", "TMR7003"),
        ]);
    }
}
