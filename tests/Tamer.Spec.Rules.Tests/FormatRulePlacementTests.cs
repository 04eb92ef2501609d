using Tamer.Spec.Engine;
using Tamer.Spec.Parsing;
using Tamer.Spec.Rules.Format;
using Tamer.Spec.Rules.Scope;
using Tamer.Spec.Testing;
using Tamer.Spec.Workspace;

namespace Tamer.Spec.Rules.Tests;

/// <summary>
/// Where the format rule comes from now that it is a pack: first in the built-in list, added once by a
/// session whose packs lack it, and never added behind a library user's back by the engine.
/// </summary>
public sealed class FormatRulePlacementTests
{
    private const string Unclosed = "---\nid: WI-A-0001\ntitle: Never closed\n";

    [Fact]
    public void The_built_in_packs_start_with_the_format_rule_and_list_it_once()
    {
        BuiltInRulePacks.All[0].ShouldBeSameAs(FormatRulePack.Instance);
        BuiltInRulePacks.All.Count(p => p is FormatRulePack).ShouldBe(1);
    }

    [Fact]
    public void A_session_given_packs_without_the_format_rule_adds_it_once_in_front_and_reports_an_unclosed_file()
    {
        using var folder = new TemporaryDirectory();
        var path = folder.Write("work-items/a.md", Unclosed);

        var session = TamerSession.Open(folder.Path, new TamerSessionOptions { Packs = [new ScopeRulePack()] });
        var again = TamerSession.Open(folder.Path, new TamerSessionOptions { Packs = BuiltInRulePacks.All });

        session.Engine.Packs.Select(p => p.Axis).ShouldBe(["format", "scope"]);
        again.Engine.Packs.Count(p => p is FormatRulePack).ShouldBe(1);
        var found = session.Engine.Lint(new WorkItemWorkspace([WorkItemParser.ReadFile(path, "work-items/a.md")])).Files.Single();
        found.Diagnostics.Select(d => d.Id).ShouldBe(["TMR0001"]);
        found.IsRefused.ShouldBeTrue();
    }

    [Fact]
    public void Near_miss_an_engine_built_over_other_packs_runs_exactly_those()
    {
        var engine = new LintEngine([new ScopeRulePack()]);

        engine.Packs.Select(p => p.Axis).ShouldBe(["scope"]);
        engine.Lint(new WorkItemWorkspace([WorkItemParser.Parse("a.md", Unclosed)])).Files.Single().Diagnostics.ShouldBeEmpty();
    }
}
