using Microsoft.CodeAnalysis.CodeFixes;
using Tamer.Spec.Analyzers.CodeFixes;
using Tamer.Spec.Testing;

namespace Tamer.Spec.Analyzers.Tests;

/// <summary>
/// The light bulb on a Work Item offers the rule packs' own fixes, and applying one gives the
/// text <c>tamer-lint --fix</c> writes; Fix All applies a fix in every file of a project, and the
/// "every safe fix" actions are <c>--fix</c> itself.
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

    [Theory]
    [InlineData("legacy-scope.md", "TMR1002")]
    [InlineData("open-scope.md", "TMR1005")]
    public async Task The_code_fix_gives_the_text_of_the_command_lines_fix(string fileName, string id)
    {
        var original = Fixtures.Read(fileName);
        using var folder = new TemporaryDirectory();
        using var ide = new IdeProject(folder.Path, ("work-items/" + fileName, original));

        var (_, actions) = await ide.ActionsAsync("work-items/" + fileName, id);
        var fix = actions.First(a => a.EquivalenceKey == FixEquivalence.ForFix(id, 0));
        await ide.ApplyAsync(fix);

        var fixedText = await ide.TextOf("work-items/" + fileName);
        fixedText.ShouldNotBe(original);
        fixedText.ShouldBe(FixedByCommandLine(fileName, original));
        (await ide.DiagnosticsAsync()).ShouldNotContain(d => d.Id == id);
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
    public async Task Every_safe_fix_in_the_file_is_exactly_the_command_lines_fix()
    {
        // Two safe fixes in one file: the legacy scope (TMR1002) and criteria without ids (TMR2006).
        var text = Fixtures.Read("legacy-scope.md").Replace("\"AC-1: ", "\"", StringComparison.Ordinal);
        using var ide = new IdeProject("/repo", ("work-items/legacy-scope.md", text));

        var (_, actions) = await ide.ActionsAsync("work-items/legacy-scope.md", "TMR1002");
        await ide.ApplyAsync(actions.Single(a => a.EquivalenceKey == FixEquivalence.EverySafeFix));

        (await ide.TextOf("work-items/legacy-scope.md")).ShouldBe(FixedByCommandLine("legacy-scope.md", text));
    }

    [Fact]
    public async Task Fix_All_in_the_project_applies_the_chosen_fix_in_every_Work_Item()
    {
        var legacy = Fixtures.Read("legacy-scope.md");
        var other = legacy.Replace("WI-UI-0007", "WI-UI-0017", StringComparison.Ordinal);
        var open = Fixtures.Read("open-scope.md");
        using var ide = new IdeProject("/repo", ("work-items/a.md", legacy), ("work-items/b.md", other), ("work-items/c.md", open));

        await ide.FixAllAsync(FixEquivalence.ForFix("TMR1002", 0), FixAllScope.Project, "TMR1002");

        (await ide.TextOf("work-items/a.md")).ShouldBe(FixedByCommandLine("a.md", legacy));
        (await ide.TextOf("work-items/b.md")).ShouldBe(FixedByCommandLine("b.md", other));
        (await ide.TextOf("work-items/c.md")).ShouldBe(open, "Fix All for TMR1002 leaves the TMR1005 fix alone");
    }

    [Fact]
    public async Task Every_safe_fix_in_the_project_fixes_every_Work_Item_and_nothing_else()
    {
        var legacy = Fixtures.Read("legacy-scope.md");
        var open = Fixtures.Read("open-scope.md");
        var clean = Fixtures.Read("session-store.md");
        using var ide = new IdeProject("/repo", ("work-items/legacy-scope.md", legacy), ("work-items/open-scope.md", open), ("work-items/session-store.md", clean));

        var (_, actions) = await ide.ActionsAsync("work-items/legacy-scope.md", "TMR1002");
        await ide.ApplyAsync(actions.Single(a => a.EquivalenceKey == FixEquivalence.EverySafeFixInProject));

        (await ide.TextOf("work-items/legacy-scope.md")).ShouldBe(FixedByCommandLine("legacy-scope.md", legacy));
        (await ide.TextOf("work-items/open-scope.md")).ShouldBe(FixedByCommandLine("open-scope.md", open));
        (await ide.TextOf("work-items/session-store.md")).ShouldBe(clean);
    }

    [Fact]
    public void Every_fixable_diagnostic_of_the_packs_is_offered_to_the_IDE()
    {
        new WorkItemCodeFixProvider().FixableDiagnosticIds.ShouldBe(["TMR0005", "TMR0007", "TMR1002", "TMR1005", "TMR1007", "TMR2006", "TMR3001", "TMR4001", "TMR4004", "TMR4005", "TMR5001"]);
    }
}
