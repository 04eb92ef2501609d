using Tamer.Spec.Configuration;
using Tamer.Spec.Engine;
using Tamer.Spec.Parsing;
using Tamer.Spec.Workspace;

namespace Tamer.Spec.Rules.Tests;

/// <summary>Messages name what they found: the term, the phrase, the ids, the cycle, both paths.</summary>
public sealed class MessageTests
{
    private static string Item(string id, string extra = "", string status = "ready", string write = "[src/a.ts]", string criteria = "  - \"AC-1: GET /a returns 200\"") => $"""
        ---
        id: {id}
        title: t
        status: {status}
        scope:
          write: {write}
          read_only: []
          forbidden: [src/billing/]
          extend_scope: false
        acceptance_criteria:
        {criteria}
        {extra}
        estimate: {"{"} diff_lines: 10 {"}"}
        ---

        """;

    private static IReadOnlyList<Diagnostics.Diagnostic> Lint(string id, params string[] texts) => LintWith(TamerConfiguration.Default, id, texts);

    private static IReadOnlyList<Diagnostics.Diagnostic> LintWith(TamerConfiguration configuration, string id, params string[] texts)
    {
        var documents = texts.Select((t, i) => WorkItemParser.Parse("wi" + i + ".md", t)).ToList();
        var result = AxisPacks.Engine().Lint(new WorkItemWorkspace(documents), new LintOptions { Configuration = configuration });
        return result.Files.Single(f => f.Id == id).Diagnostics;
    }

    private static TamerConfiguration Acceptance(string range) =>
        TamerConfiguration.Default.WithRule(ConfigurationParser.ParseRuleOption("acceptance=" + range, out _)!);

    [Fact]
    public void TMR2005_names_the_subjective_term()
    {
        var diagnostic = Lint("WI-MSG-0001", Item("WI-MSG-0001", criteria: "  - \"AC-1: the error page looks polished\"")).Single(d => d.Id == "TMR2005");

        diagnostic.Message.ShouldBe("criterion AC-1: 'polished' is subjective: a tester cannot decide it; say what a tester would measure");
    }

    [Fact]
    public void TMR2005_in_version_3_names_the_subjective_term()
    {
        var diagnostic = LintWith(Acceptance("3.*"), "WI-MSG-0001", Item("WI-MSG-0001", criteria: "  - \"AC-1: pagination errors are reported gracefully\"")).Single(d => d.Id == "TMR2005");

        diagnostic.Message.ShouldContain("'gracefully'");
    }

    [Fact]
    public void TMR2003_in_version_4_says_a_capability_is_not_a_result_and_what_to_name_instead()
    {
        var diagnostic = Lint("WI-MSG-0006", Item("WI-MSG-0006", criteria: "  - \"AC-1: the admin console shall allow bulk editing of invoices\"")).Single(d => d.Id == "TMR2003");

        diagnostic.Message.ShouldBe("criterion AC-1 names no observable behaviour: 'allow' states a capability, not a result a tester can observe; name the result a tester can observe: a value, status, message, file or event");
    }

    [Fact]
    public void TMR2009_names_the_missing_evidence_and_the_words_that_decided_it()
    {
        var diagnostic = Lint("WI-MSG-0007", Item("WI-MSG-0007", criteria: "  - \"AC-1: GET /a returns 200\"\n  - \"AC-2: the generated folders are neatly organized\"")).Single(d => d.Id == "TMR2009");

        diagnostic.Message.ShouldStartWith("criterion AC-2 lacks a result a tester can observe");
        diagnostic.Message.ShouldContain("'organized'");
        diagnostic.Message.ShouldEndWith("name the result a tester can observe: a value, status, message, file or event");
    }

    [Fact]
    public void TMR2010_names_the_criteria_and_the_language_once()
    {
        var diagnostics = Lint("WI-MSG-0008", Item("WI-MSG-0008", criteria: "  - \"AC-1: WENN der Nutzer auf Speichern klickt, DANN zeigt das System die Meldung an\"\n  - \"AC-2: Quand la page est ouverte, le système affiche la liste des rapports\"\n  - \"AC-3: GET /a returns 200\""));

        diagnostics.Where(d => d.Id == "TMR2010").ShouldHaveSingleItem().Message
            .ShouldBe("2 criteria (AC-1, AC-2) are written in German and French; acceptance 4.0.0 judges English only and did not judge them: have a reader check that each names an observable result, or write them in English");
        diagnostics.ShouldNotContain(d => d.Id == "TMR2002");
    }

    [Fact]
    public void TMR2007_names_the_phrase()
    {
        var diagnostic = Lint("WI-MSG-0002", Item("WI-MSG-0002", criteria: "  - \"AC-1: GET /a returns the profile, its avatar, etc.\"")).Single(d => d.Id == "TMR2007");

        diagnostic.Message.ShouldBe("criterion AC-1: 'etc' leaves the work an escape or an open end; commit to one outcome a tester can check");
    }

    [Fact]
    public void TMR4001_names_the_unknown_id_and_the_closest_known_id()
    {
        var diagnostic = Lint(
            "WI-MSG-0003",
            Item("WI-MSG-0003", "depends_on: [WI-AUTH-0040]"),
            Item("WI-AUTH-0041", status: "done", write: "[src/b.ts]"),
            Item("WI-BILL-7777", status: "done", write: "[src/c.ts]")).Single(d => d.Id == "TMR4001");

        diagnostic.Message.ShouldContain("'WI-AUTH-0040'");
        diagnostic.Message.ShouldContain("'WI-AUTH-0041'");
    }

    [Fact]
    public void TMR4003_gives_the_whole_cycle_in_order_from_this_work_item()
    {
        var texts = new[]
        {
            Item("WI-CYC-0001", "depends_on: [WI-CYC-0002]", status: "blocked"),
            Item("WI-CYC-0002", "depends_on: [WI-CYC-0003]", status: "blocked", write: "[src/b.ts]"),
            Item("WI-CYC-0003", "depends_on: [WI-CYC-0001]", status: "blocked", write: "[src/c.ts]"),
        };

        Lint("WI-CYC-0002", texts).Single(d => d.Id == "TMR4003").Message.ShouldBe("dependency cycle: WI-CYC-0002 → WI-CYC-0003 → WI-CYC-0001 → WI-CYC-0002");
    }

    [Fact]
    public void TMR4001_never_suggests_the_work_items_own_id_and_prefers_the_same_id_in_other_letters()
    {
        var own = Lint("WI-AUTH-0042", Item("WI-AUTH-0042", "depends_on: [WI-AUTH-0041]"), Item("WI-AUTH-0007", status: "done", write: "[src/b.ts]")).Single(d => d.Id == "TMR4001");
        var letters = Lint("WI-MSG-0005", Item("WI-MSG-0005", "depends_on: [wi-auth-0007]"), Item("WI-AUTH-0007", status: "done", write: "[src/b.ts]")).Single(d => d.Id == "TMR4001");

        own.Message.ShouldNotContain("WI-AUTH-0042");
        own.Message.ShouldContain("'WI-AUTH-0007'");
        letters.Message.ShouldContain("did you mean 'WI-AUTH-0007'?");
    }

    [Fact]
    public void TMR4003_gives_a_cycle_that_visits_each_work_item_once()
    {
        // A and C both lean on B: the cycle through C is C → B → C, not a walk through A as well.
        var texts = new[]
        {
            Item("WI-CYC-0011", "depends_on: [WI-CYC-0012]", status: "blocked"),
            Item("WI-CYC-0012", "depends_on: [WI-CYC-0011, WI-CYC-0013]", status: "blocked", write: "[src/b.ts]"),
            Item("WI-CYC-0013", "depends_on: [WI-CYC-0012]", status: "blocked", write: "[src/c.ts]"),
        };

        var messages = new[] { "WI-CYC-0011", "WI-CYC-0012", "WI-CYC-0013" }.Select(id => Lint(id, texts).Single(d => d.Id == "TMR4003").Message).ToList();

        messages[0].ShouldBe("dependency cycle: WI-CYC-0011 → WI-CYC-0012 → WI-CYC-0011");
        messages[2].ShouldBe("dependency cycle: WI-CYC-0013 → WI-CYC-0012 → WI-CYC-0013");
        foreach (var message in messages)
        {
            var ids = message["dependency cycle: ".Length..].Split(" → ");
            ids.Skip(1).ShouldBeUnique(message);
            ids[^1].ShouldBe(ids[0]);
        }
    }

    [Fact]
    public void TMR1006_names_both_conflicting_paths()
    {
        var diagnostic = Lint("WI-MSG-0004", Item("WI-MSG-0004", write: "[src/billing/invoice.ts]")).Single(d => d.Id == "TMR1006");

        diagnostic.Message.ShouldContain("'src/billing/invoice.ts'");
        diagnostic.Message.ShouldContain("'src/billing/'");
    }
}
