using Tamer.Spec.Analyzers.CodeFixes;
using Tamer.Spec.Testing;

namespace Tamer.Spec.Analyzers.Tests.Harness;

/// <summary>
/// The code fixes in the standard harness (see <see cref="WorkItemCodeFixTest"/>): the marked
/// diagnostics before and after, the fixed Work Items (FixedState) after the chosen fix applied
/// until none is left, and Fix All in the project and the solution (BatchFixedState). Each fixed
/// text is also exactly what <c>tamer-lint --fix</c> writes.
/// </summary>
public sealed class HarnessCodeFixTests
{
    private const string Legacy = "---\nid: WI-UI-0007\ntitle: Move the settings form to the new layout\nstatus: ready\n{|TMR1002:scope|}: [src/ui/settings.tsx]\nacceptance_criteria:\n  - \"AC-1: GET /settings renders the form with the fields name, email and locale\"\nestimate: { diff_lines: 30 }\n---\n";

    private const string LegacyFixed = "---\nid: WI-UI-0007\ntitle: Move the settings form to the new layout\nstatus: ready\n{|TMR1007:scope|}:\n  write: [src/ui/settings.tsx]\n  extend_scope: false\nacceptance_criteria:\n  - \"AC-1: GET /settings renders the form with the fields name, email and locale\"\nestimate: { diff_lines: 30 }\n---\n";

    private const string Open = "---\nid: WI-UI-0008\ntitle: Show the locale picker on the settings form\nstatus: ready\n{|TMR1005:scope|}:\n  write: [src/ui/settings.tsx]\n  read_only: [src/ui/]\n  forbidden: [src/billing/]\nacceptance_criteria:\n  - \"AC-1: GET /settings renders a select named locale with the options en and fr\"\nestimate: { diff_lines: 20 }\n---\n";

    private const string OpenFixed = "---\nid: WI-UI-0008\ntitle: Show the locale picker on the settings form\nstatus: ready\nscope:\n  write: [src/ui/settings.tsx]\n  read_only: [src/ui/]\n  forbidden: [src/billing/]\n  extend_scope: false\nacceptance_criteria:\n  - \"AC-1: GET /settings renders a select named locale with the options en and fr\"\nestimate: { diff_lines: 20 }\n---\n";

    [Theory]
    [InlineData(Legacy, LegacyFixed, "TMR1002")]
    [InlineData(Open, OpenFixed, "TMR1005")]
    public async Task The_fix_gives_the_fixed_state_and_the_command_lines_text(string before, string after, string id)
    {
        var test = new WorkItemCodeFixTest { CodeActionEquivalenceKey = FixEquivalence.ForFix(id, 0) };
        test.Project.WorkItem(test.TestState, "work-items/a.md", before);
        test.FixedState.AdditionalFiles.Add((HarnessProject.PathOf("work-items/a.md"), after));

        await test.RunAsync(TestContext.Current.CancellationToken);

        Unmarked(after).ShouldBe(FixedByCommandLine(Unmarked(before)));
    }

    [Fact]
    public async Task Every_safe_fix_in_the_file_is_the_command_lines_fix()
    {
        var before = Legacy.Replace("\"AC-1: GET /settings renders the form with the fields name, email and locale\"", "{|TMR2006:\"GET /settings renders the form with the fields name, email and locale\"|}", StringComparison.Ordinal);
        var after = LegacyFixed;
        var test = new WorkItemCodeFixTest { CodeActionEquivalenceKey = FixEquivalence.EverySafeFix };
        test.Project.WorkItem(test.TestState, "work-items/a.md", before);
        test.FixedState.AdditionalFiles.Add((HarnessProject.PathOf("work-items/a.md"), after));

        await test.RunAsync(TestContext.Current.CancellationToken);

        Unmarked(after).ShouldBe(FixedByCommandLine(Unmarked(before)));
    }

    [Fact]
    public async Task Fix_All_applies_the_chosen_fix_in_every_Work_Item_and_leaves_the_others()
    {
        var other = Legacy.Replace("WI-UI-0007", "WI-UI-0017", StringComparison.Ordinal);
        var test = new WorkItemCodeFixTest { CodeActionEquivalenceKey = FixEquivalence.ForFix("TMR1002", 0) };
        test.Project.WorkItem(test.TestState, "work-items/a.md", Legacy).WorkItem(test.TestState, "work-items/b.md", other).WorkItem(test.TestState, "work-items/c.md", Open);
        foreach (var state in new[] { test.FixedState, test.BatchFixedState })
        {
            state.AdditionalFiles.Add((HarnessProject.PathOf("work-items/a.md"), LegacyFixed));
            state.AdditionalFiles.Add((HarnessProject.PathOf("work-items/b.md"), LegacyFixed.Replace("WI-UI-0007", "WI-UI-0017", StringComparison.Ordinal)));
            state.AdditionalFiles.Add((HarnessProject.PathOf("work-items/c.md"), Open));
        }

        await test.RunAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Every_safe_fix_in_the_project_fixes_every_Work_Item_and_nothing_else()
    {
        var clean = Fixtures.Read("session-store.md");
        var test = new WorkItemCodeFixTest { CodeActionEquivalenceKey = FixEquivalence.EverySafeFixInProject };
        test.Project.WorkItem(test.TestState, "work-items/a.md", Legacy).WorkItem(test.TestState, "work-items/b.md", Open).WorkItem(test.TestState, "work-items/c.md", clean);
        foreach (var state in new[] { test.FixedState, test.BatchFixedState })
        {
            state.AdditionalFiles.Add((HarnessProject.PathOf("work-items/a.md"), LegacyFixed));
            state.AdditionalFiles.Add((HarnessProject.PathOf("work-items/b.md"), OpenFixed));
            state.AdditionalFiles.Add((HarnessProject.PathOf("work-items/c.md"), clean));
        }

        await test.RunAsync(TestContext.Current.CancellationToken);
    }

    private static string Unmarked(string markup) => System.Text.RegularExpressions.Regex.Replace(markup, @"\{\|TMR\d{4}:|\|\}", string.Empty);

    // What tamer-lint --fix makes of the file, in a folder of its own.
    private static string FixedByCommandLine(string text)
    {
        using var folder = new TemporaryDirectory();
        var path = folder.Write(Path.Combine("work-items", "a.md"), text);
        CommandLine.Run(folder.Path, "lint", "work-items", "--fix");
        return File.ReadAllText(path);
    }
}
