using Tamer.Spec.Diagnostics;
using Tamer.Spec.Parsing;
using Tamer.Spec.Reporting;
using Tamer.Spec.Testing;
using Tamer.Spec.Workspace;

namespace Tamer.Spec.Rules.Tests;

/// <summary>
/// TMR4004 in dependencies 2.1.0, the default: one diagnostic per Work Item, at its first
/// overlapping entry, that counts the overlapped active Work Items and names the first three by id
/// with the path each writes; all of them recorded for the reports; a suggestion for the most
/// direct one.
/// </summary>
public sealed class MergedOverlapTests
{
    private static readonly Lazy<FixtureFolder> Merged = new(() =>
        FixtureFolder.Lint(RepositoryPaths.InRepository("rules", "dependencies", "fixtures", "merged"), AxisPacks.Engine()));

    private static string Item(string id, string status, string scope, string body = "", string dependsOn = "") => $"""
        ---
        id: {id}
        title: t
        status: {status}
        scope:
        {scope}
          forbidden: [src/billing/]
          extend_scope: false
        acceptance_criteria:
          - "AC-1: GET /a returns 200"
        {dependsOn}
        estimate: {"{"} diff_lines: 10 {"}"}
        ---
        {body}

        """;

    private static Diagnostic Overlap(string id, params string[] texts)
    {
        var documents = texts.Select((t, i) => WorkItemParser.Parse("wi" + i + ".md", t)).ToList();
        var result = AxisPacks.Engine().Lint(new WorkItemWorkspace(documents));
        return result.Files.Single(f => f.Id == id).Diagnostics.Single(d => d.Id == "TMR4004");
    }

    [Fact]
    public void The_message_counts_the_overlapped_work_items_and_names_the_first_three_by_id()
    {
        var diagnostic = Merged.Value.File("busy.md").Diagnostics.Single(d => d.Id == "TMR4004");

        diagnostic.Message.ShouldBe("overlaps 5 active Work Items without depending on them: WI-MRG-0001 (src/gateway/routes.ts), WI-MRG-0002 (src/gateway/routes.ts), WI-MRG-0003 (src/gateway/) and 2 more");
        diagnostic.Rule.ToString().ShouldBe("dependencies@2.1.0");
        (diagnostic.Location!.Start.Line, diagnostic.Location.Start.Column, diagnostic.Location.End.Column).ShouldBe((6, 11, 32));
    }

    [Fact]
    public void Every_overlapped_work_item_is_recorded_for_the_reports_sorted_by_id()
    {
        var diagnostic = Merged.Value.File("busy.md").Diagnostics.Single(d => d.Id == "TMR4004");

        RelatedWorkItems.Of(diagnostic).Select(r => r.ToString()).ShouldBe(
        [
            "WI-MRG-0001 (in_progress) src/gateway/routes.ts",
            "WI-MRG-0002 (review) src/gateway/routes.ts",
            "WI-MRG-0003 (in_progress) src/gateway/",
            "WI-MRG-0004 (in_progress) src/session/store.ts",
            "WI-MRG-0005 (review) src/invoices/total.ts",
        ]);
    }

    [Fact]
    public void Work_items_that_write_the_same_file_get_one_diagnostic_each_naming_the_others()
    {
        var routes = Merged.Value.File("active-routes.md").Diagnostics.Single(d => d.Id == "TMR4004");
        var folder = Merged.Value.File("active-gateway-folder.md").Diagnostics.Single(d => d.Id == "TMR4004");

        routes.Message.ShouldBe("overlaps 2 active Work Items without depending on them: WI-MRG-0002 (src/gateway/routes.ts), WI-MRG-0003 (src/gateway/)");
        folder.Message.ShouldBe("overlaps 2 active Work Items without depending on them: WI-MRG-0001 (src/gateway/routes.ts), WI-MRG-0002 (src/gateway/cors.ts)");
    }

    [Fact]
    public void One_overlap_is_named_in_the_singular()
    {
        var diagnostic = Overlap(
            "WI-ONE-0002",
            Item("WI-ONE-0001", "in_progress", "  write: [src/a/b.ts]"),
            Item("WI-ONE-0002", "ready", "  write: [src/a/b.ts]\n  read_only: []"));

        diagnostic.Message.ShouldBe("overlaps 1 active Work Item without depending on it: WI-ONE-0001 (src/a/b.ts)");
        diagnostic.Fixes[0].Title.ShouldBe("add 'WI-ONE-0001' to depends_on");
    }

    [Fact]
    public void The_suggestion_adds_the_work_item_that_writes_the_same_path_before_one_that_writes_its_folder()
    {
        var diagnostic = Overlap(
            "WI-DIR-0009",
            Item("WI-DIR-0001", "in_progress", "  write: [src/a/]"),
            Item("WI-DIR-0002", "review", "  write: [src/a/b.ts]"),
            Item("WI-DIR-0009", "ready", "  write: [src/a/b.ts]\n  read_only: []"));

        diagnostic.Message.ShouldBe("overlaps 2 active Work Items without depending on them: WI-DIR-0001 (src/a/), WI-DIR-0002 (src/a/b.ts)");
        diagnostic.Properties["dependency"].ShouldBe("WI-DIR-0002");
        diagnostic.Fixes[0].Title.ShouldBe("add 'WI-DIR-0002' to depends_on");
    }

    [Fact]
    public void The_diagnostic_is_at_the_first_overlapping_entry_and_the_suggestion_prefers_a_write_to_a_read()
    {
        // read_only comes first in this file: its entry is the first evidence, the write is the more direct overlap.
        var diagnostic = Overlap(
            "WI-ORD-0009",
            Item("WI-ORD-0001", "in_progress", "  write: [src/r.ts]"),
            Item("WI-ORD-0002", "in_progress", "  write: [src/w.ts]"),
            Item("WI-ORD-0009", "ready", "  read_only: [src/r.ts]\n  write: [src/w.ts]"));

        (diagnostic.Location!.Start.Line, diagnostic.Location.Start.Column).ShouldBe((6, 15));
        diagnostic.Properties["dependency"].ShouldBe("WI-ORD-0002");
    }

    [Fact]
    public void Work_items_it_depends_on_or_that_depend_on_it_are_not_counted()
    {
        var diagnostic = Overlap(
            "WI-DEP-0009",
            Item("WI-DEP-0001", "done", "  write: [src/x.ts]"),
            Item("WI-DEP-0002", "in_progress", "  write: [src/a.ts]", dependsOn: "depends_on: [WI-DEP-0001]"),
            Item("WI-DEP-0003", "in_progress", "  write: [src/a.ts]", dependsOn: "depends_on: [WI-DEP-0009]"),
            Item("WI-DEP-0004", "review", "  write: [src/a.ts]"),
            Item("WI-DEP-0009", "ready", "  write: [src/a.ts]\n  read_only: []", dependsOn: "depends_on: [WI-DEP-0005]"),
            Item("WI-DEP-0005", "done", "  write: [src/y.ts]", dependsOn: "depends_on: [WI-DEP-0002]"));

        diagnostic.Message.ShouldBe("overlaps 1 active Work Item without depending on it: WI-DEP-0004 (src/a.ts)");
    }

    [Fact]
    public void Turned_off_it_reports_nothing()
    {
        var documents = Merged.Value.Result.Files.Select(f => f.Document).ToList();
        var configuration = Configuration.ConfigurationParser.Parse(".tamer.yml", "severity:\n  TMR4004: none\n").Configuration;

        var result = AxisPacks.Engine().Lint(new WorkItemWorkspace(documents), new Engine.LintOptions { Configuration = configuration });

        result.Files.SelectMany(f => f.Diagnostics).ShouldNotContain(d => d.Id == "TMR4004");
    }
}
