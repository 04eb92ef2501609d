using Tamer.Spec.Testing;

namespace Tamer.Spec.Cli.Tests;

/// <summary>
/// A repository without a registry or a log lints as before: the default folders (invariants/,
/// decisions/rejected/) skip files without frontmatter, never take a Work Item the include globs
/// select, and give way to a <c>formats:</c> entry.
/// </summary>
public sealed class MemoryDefaultFoldersTests
{
    private const string Dependent = "---\nid: WI-APP-0002\ntitle: Use the tenant rule\nstatus: draft\ndepends_on: [WI-INV-0001]\nacceptance_criteria:\n  - \"AC-1: GET /orders returns 200\"\n---\n";

    private const string InvariantWorkItem = "---\nid: WI-INV-0001\ntitle: Write down the tenant rule\nstatus: draft\nacceptance_criteria:\n  - \"AC-1: GET /tenants returns 200\"\n---\n";

    private static string Lint(TemporaryDirectory folder)
    {
        var outcome = CliRun.InProcess(folder.Path, "lint");
        return outcome.Output;
    }

    private static List<string> Diagnostics(string output) =>
        output.Split('\n').Where(l => l.Contains("): ", StringComparison.Ordinal)).ToList();

    [Fact]
    public void A_readme_in_the_default_registry_and_log_folders_draws_nothing()
    {
        using var folder = new TemporaryDirectory();
        folder.Write("work-items/app.md", InvariantWorkItem);
        var before = Lint(folder);
        folder.Write("invariants/README.md", "# Invariants\n\nWhat we keep true.\n");
        folder.Write("invariants/empty.md", string.Empty);
        folder.Write("decisions/rejected/README.md", "# Rejected designs\n");

        var after = Lint(folder);

        after.ShouldNotContain("TMR7007");
        after.ShouldNotContain("TMR7008");
        after.ShouldNotContain("README.md");
        after.ShouldNotContain("empty.md");
        Diagnostics(after).ShouldBe(Diagnostics(before));
    }

    [Fact]
    public void Near_miss_an_entry_without_frontmatter_under_a_written_registry_glob_is_TMR7007()
    {
        using var folder = new TemporaryDirectory();
        folder.Write(".tamer.yml", "invariants_registry: [\"registry/**/*.md\"]\n");
        folder.Write("work-items/app.md", InvariantWorkItem);
        folder.Write("registry/INV-A.md", "# no frontmatter\n");

        Lint(folder).ShouldContain("registry/INV-A.md(1,1): error TMR7007");
    }

    [Fact]
    public void A_work_item_under_invariants_that_include_selects_stays_a_work_item()
    {
        using var folder = new TemporaryDirectory();
        folder.Write("work-items/app.md", Dependent);
        folder.Write("invariants/tenant-rule.wi.md", InvariantWorkItem);

        var output = Lint(folder);

        output.ShouldNotContain("TMR7007");
        output.ShouldNotContain("TMR4001");
        output.ShouldNotContain("WI-INV-0001' ");
    }

    [Fact]
    public void Near_miss_a_dependency_on_an_id_nobody_declares_is_still_reported()
    {
        using var folder = new TemporaryDirectory();
        folder.Write("work-items/app.md", Dependent);
        folder.Write("invariants/tenant-rule.md", InvariantWorkItem);

        var output = Lint(folder);

        output.ShouldContain("WI-INV-0001");
        output.ShouldContain("invariants/tenant-rule.md(1,1): error TMR7007");
    }

    private const string Written = "include: [\"work-items/**/*.md\", \"invariants/**/*.md\"]\ninvariants_registry: [\"invariants/**/*.md\"]\n";

    [Fact]
    public void A_formats_entry_wins_over_the_registry_globs()
    {
        using var folder = new TemporaryDirectory();
        folder.Write(".tamer.yml", Written + "formats:\n  \"invariants/tenant-rule.md\": native\n");
        folder.Write("work-items/app.md", Dependent);
        folder.Write("invariants/tenant-rule.md", InvariantWorkItem);

        var output = Lint(folder);

        output.ShouldNotContain("TMR7007");
        output.ShouldNotContain("TMR4001");
    }

    [Fact]
    public void Near_miss_without_the_formats_entry_written_registry_globs_take_an_included_file()
    {
        using var folder = new TemporaryDirectory();
        folder.Write(".tamer.yml", Written);
        folder.Write("work-items/app.md", Dependent);
        folder.Write("invariants/tenant-rule.md", InvariantWorkItem);

        Lint(folder).ShouldContain("invariants/tenant-rule.md(1,1): error TMR7007");
    }
}
