using System.Text;
using Tamer.Spec.Engine;
using Tamer.Spec.Fixes;
using Tamer.Spec.Parsing;
using Tamer.Spec.Testing;

namespace Tamer.Spec.Tests.Fixes;

public sealed class WorkItemFixerTests
{
    private static WorkItemDocument Item(string title) => WorkItemParser.Parse("a.md", "---\nid: WI-FIX-0001\ntitle: " + title + "\n---\n");

    private static FixRun Fix(Func<string, string?> rewrite, WorkItemDocument document) =>
        new WorkItemFixer(new LintEngine(new[] { new FixingTestPack(rewrite) })).Fix([document], [], FixScope.Safe);

    [Fact]
    public void Fixes_run_until_nothing_changes()
    {
        var run = Fix(t => t.Length < 5 ? t + "x" : null, Item("ab"));

        run.Files[0].Text.ShouldBe("---\nid: WI-FIX-0001\ntitle: abxxx\n---\n");
        run.Files[0].Passes.Count.ShouldBe(3);
        run.Files[0].Warnings.ShouldBeEmpty();
    }

    [Fact]
    public void A_fix_that_keeps_coming_back_stops_with_a_warning_naming_it()
    {
        var run = Fix(t => t == "on" ? "off" : "on", Item("on"));

        run.Files[0].Warnings.ShouldHaveSingleItem().ShouldBe("a fix keeps coming back, so fixing stopped: TST0200 rewrite the title");
        run.Files[0].Text.ShouldBe("---\nid: WI-FIX-0001\ntitle: off\n---\n");
    }

    [Fact]
    public void A_fix_that_never_settles_stops_after_ten_passes()
    {
        var run = Fix(t => t + "x", Item("a"));

        run.Passes.ShouldBe(WorkItemFixer.MaxPasses);
        run.Files[0].Warnings.ShouldHaveSingleItem().ShouldStartWith("fixes were still changing the file after 10 passes");
    }

    [Fact]
    public void A_file_with_invalid_utf8_is_never_changed()
    {
        var bytes = Encoding.UTF8.GetBytes("---\nid: WI-FIX-0001\ntitle: caf").Concat(new byte[] { 0xE9 }).Concat(Encoding.UTF8.GetBytes("\n---\n")).ToArray();

        var run = Fix(t => "fixed", WorkItemParser.Parse("a.md", bytes));

        run.Files[0].Changed.ShouldBeFalse();
    }

    [Fact]
    public void A_provider_that_throws_offers_no_fix_and_the_diagnostic_stands()
    {
        var engine = new LintEngine(new[] { new FixingTestPack(_ => throw new InvalidOperationException("broken on purpose")) });

        var result = engine.Lint(new Tamer.Spec.Workspace.WorkItemWorkspace(new[] { Item("t") }));

        var diagnostic = result.Files[0].Diagnostics.Single(d => d.Id == "TST0200");
        diagnostic.Fixes.ShouldBeEmpty();
        diagnostic.Fix.ShouldBe(Tamer.Spec.Diagnostics.FixKind.None);
    }

    [Fact]
    public void The_byte_order_mark_survives_a_fix()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("---\r\nid: WI-FIX-0001\r\ntitle: a\r\n---\r\n")).ToArray();

        var run = Fix(t => t == "a" ? "b" : null, WorkItemParser.Parse("a.md", bytes));

        run.Files[0].Bytes.ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("---\r\nid: WI-FIX-0001\r\ntitle: b\r\n---\r\n")).ToArray());
    }
}
