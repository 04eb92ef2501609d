using Tamer.Spec.Analyzers.CodeFixes;
using Tamer.Spec.Testing;

namespace Tamer.Spec.Analyzers.Tests;

/// <summary>
/// The light bulb on a Work Item offers the rule packs' own fixes, suggestions included, with
/// titles that read as menu items, for every fixable diagnostic of the packs.
/// The fixes themselves are tested in the standard harness (Harness/HarnessCodeFixTests); these stay on
/// <see cref="IdeProject"/> because their subject, the titles of the offered actions and the list of
/// fixable IDs, is not something the harness compares.
/// </summary>
public sealed class CodeFixTests
{
    /// <summary>What <c>tamer-lint --fix</c> makes of the file, in a folder of its own.</summary>
    private static string FixedByCommandLine(string fileName, string text)
    {
        using var folder = new TemporaryDirectory();
        var path = folder.Write(Path.Combine("work-items", fileName), text);
        var run = CommandLine.Run(folder.Path, "lint", "work-items", "--fix");
        run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).ShouldAllBe(line => line.StartsWith("tamer-lint: fixed ", StringComparison.Ordinal));
        return File.ReadAllText(path);
    }

    [Fact]
    public async Task Suggestions_are_offered_too_and_titles_read_as_menu_items()
    {
        var text = Fixtures.Read("open-scope.md").Replace("  forbidden: [src/billing/]\n", string.Empty, StringComparison.Ordinal);
        using var ide = new IdeProject("/repo", ("work-items/open-scope.md", text));

        var (_, actions) = await ide.ActionsAsync("work-items/open-scope.md", "TMR1007");

        actions.Select(a => a.EquivalenceKey).ShouldContain(FixEquivalence.ForFix("TMR1007", 0));
        actions.ShouldAllBe(a => char.IsUpper(a.Title[0]));
        FixedByCommandLine("open-scope.md", text).ShouldContain("extend_scope: false", Case.Sensitive, "the safe TMR1005 fix is applied by --fix");
    }

    [Fact]
    public void Every_fixable_diagnostic_of_the_packs_is_offered_to_the_IDE()
    {
        new WorkItemCodeFixProvider().FixableDiagnosticIds.ShouldBe(["TMR0005", "TMR0007", "TMR1002", "TMR1005", "TMR1007", "TMR2006", "TMR3001", "TMR4001", "TMR4004", "TMR4005", "TMR5001", "TMR7001", "TMR7002"]);
    }
}
