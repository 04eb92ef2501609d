using Tamer.Spec.Claims;
using Tamer.Spec.Configuration;
using Tamer.Spec.Diagnostics;
using Tamer.Spec.Parsing;
using Tamer.Spec.Rules.Traceability;
using Tamer.Spec.Testing;
using Tamer.Spec.Text;
using Tamer.Spec.Workspace;

namespace Tamer.Spec.Rules.Tests;

/// <summary>
/// The traceability rule on its own, with claims as a host hands them to the engine: which claims are
/// wrong (TMR6001, TMR6002, at the claim's argument), which finished criteria nobody claims
/// (TMR6003, at the criterion), and how configuration and suppressions change that. The analyzer
/// tests read the same claims from C#.
/// </summary>
public sealed class ClaimTests
{
    private static readonly WorkItemWorkspace Workspace = new(
        Directory.GetFiles(RepositoryPaths.InRepository("rules", "traceability", "fixtures"), "*.md").Order(StringComparer.Ordinal)
            .Select(f => WorkItemParser.Parse("work-items/" + Path.GetFileName(f), File.ReadAllBytes(f)))
            .ToList());

    private static int _line;

    // Each argument gets its own line of an imaginary test file, so that diagnostics can be told apart.
    private static ClaimArgument Argument(string value)
    {
        var line = Interlocked.Increment(ref _line);
        return new ClaimArgument(value, new SourceLocation("tests/LoginTests.cs", new TextSpan(line * 100, value.Length + 2), new LinePosition(line, 16), new LinePosition(line, 18 + value.Length)));
    }

    private static CriterionClaim Claim(string workItem, params string[] criteria) =>
        new("Auth.Tests.LoginTests.Test", Argument(workItem), criteria.Select(Argument));

    private static readonly Engine.LintEngine Engine = new(AxisPacks.UnderRules);

    private static ClaimReport Check(TamerConfiguration? configuration, params CriterionClaim[] claims) => Check(configuration, complete: true, claims);

    // The claims as a host hands them to the engine: the change of the workspace's Work Items.
    private static ClaimReport Check(TamerConfiguration? configuration, bool complete, params CriterionClaim[] claims)
    {
        var result = Engine.Lint(Workspace, new Engine.LintOptions
        {
            Configuration = configuration ?? TamerConfiguration.Default,
            Change = Spec.Engine.WorkItemChange.OfClaims(claims, complete),
            ChangeOnly = true,
        });
        return new ClaimReport(result.ClaimDiagnostics.Concat(result.Files.SelectMany(f => f.Diagnostics)).ToList(), ClaimTraces.Of(Workspace, claims));
    }

    private static TamerConfiguration Unclaimed(DiagnosticSeverity severity) =>
        TamerConfiguration.Default.WithSeverity(new SeveritySetting("TMR6003", severity, null));

    [Fact]
    public void An_unknown_Work_Item_is_TMR6001_at_its_argument_with_the_nearest_known_id()
    {
        var claim = Claim("WI-AUTH-0024", "AC-1");

        var diagnostic = Check(null, claim).Diagnostics.ShouldHaveSingleItem();

        diagnostic.Id.ShouldBe("TMR6001");
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Error);
        diagnostic.Location.ShouldBe(claim.WorkItem.Location);
        diagnostic.Message.ShouldBe("[Satisfies] names Work Item 'WI-AUTH-0024', which no Work Item file of the project declares; did you mean 'WI-AUTH-0042'?");
        diagnostic.Rule.ToString().ShouldBe("traceability@1.1.0");
    }

    [Fact]
    public void Ids_are_compared_exactly()
    {
        var report = Check(null, Claim("wi-auth-0042", "AC-1"), Claim("WI-AUTH-0042", "ac-1"));

        report.Diagnostics.Select(d => d.Id).ShouldBe(["TMR6001", "TMR6002"]);
        report.Diagnostics[1].Message.ShouldEndWith("; did you mean 'AC-1'?");
    }

    [Fact]
    public void An_unknown_criterion_is_TMR6002_at_its_argument_and_the_message_says_what_the_Work_Item_has()
    {
        var far = Claim("WI-AUTH-0042", "AC-1", "Criterion-Twelve");
        var idless = Claim("WI-EXPORT-0007", "AC-1");

        var report = Check(null, far, idless);

        report.Diagnostics.Select(d => (d.Id, d.Location)).ShouldBe([("TMR6002", far.Criteria[1].Location), ("TMR6002", idless.Criteria[0].Location)]);
        report.Diagnostics[0].Message.ShouldBe("[Satisfies] names criterion 'Criterion-Twelve', which Work Item WI-AUTH-0042 does not have; its criteria are AC-1, AC-2, AC-3");
        report.Diagnostics[1].Message.ShouldBe("[Satisfies] names criterion 'AC-1', which Work Item WI-EXPORT-0007 does not have; none of its criteria has an id yet (TMR2006 numbers them)");
    }

    [Fact]
    public void Every_criterion_is_traced_to_the_claims_that_name_it_once_each()
    {
        var first = Claim("WI-AUTH-0042", "AC-1", "AC-1", "AC-3");
        var second = Claim("WI-AUTH-0042", "AC-3");

        var report = Check(null, first, second);

        report.Diagnostics.ShouldBeEmpty();
        var login = report.Criteria.Where(c => c.Document.Id == "WI-AUTH-0042").ToList();
        login.Select(c => (c.Criterion.Id, c.ClaimedBy.Count)).ShouldBe([("AC-1", 1), ("AC-2", 0), ("AC-3", 2)]);
        report.Criteria.Count.ShouldBe(7);
    }

    [Fact]
    public void TMR6003_is_off_by_default_and_on_with_a_severity_it_reports_each_unclaimed_finished_criterion()
    {
        var claims = new[] { Claim("WI-AUTH-0042", "AC-1", "AC-3") };

        Check(null, claims).Diagnostics.ShouldBeEmpty();
        var report = Check(Unclaimed(DiagnosticSeverity.Warning), claims);

        report.Diagnostics.Select(d => (d.Id, d.Severity, d.Location!.Path, d.Location.Start.Line, d.Location.Start.Column)).ShouldBe([
            ("TMR6003", DiagnosticSeverity.Warning, "work-items/export-review.md", 11, 5),
            ("TMR6003", DiagnosticSeverity.Warning, "work-items/export-review.md", 12, 5),
            ("TMR6003", DiagnosticSeverity.Warning, "work-items/login-done.md", 12, 6),
        ]);
        report.Diagnostics[0].Message.ShouldBe("criterion 1 of WI-EXPORT-0007 is 'review' but has no id, so no test can claim it; give it one (TMR2006 numbers criteria)");
        report.Diagnostics[2].Message.ShouldBe("AC-2 of WI-AUTH-0042 is 'done' but no test claims it; mark the test that proves it with [Satisfies(\"WI-AUTH-0042\", \"AC-2\")]");
    }

    [Fact]
    public void Work_Items_in_progress_and_justified_suppressions_need_no_claim()
    {
        var report = Check(Unclaimed(DiagnosticSeverity.Error), Claim("WI-AUTH-0042", "AC-1", "AC-2", "AC-3"));

        report.Diagnostics.Select(d => d.Location!.Path).ShouldAllBe(p => p == "work-items/export-review.md");
    }

    [Fact]
    public void A_host_that_did_not_read_every_test_asks_for_no_TMR6003()
    {
        var report = Check(Unclaimed(DiagnosticSeverity.Warning), complete: false);

        report.Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void Configuration_sets_severities_and_turns_the_axis_off()
    {
        var claim = Claim("WI-NOPE-0001", "AC-1");
        var lowered = TamerConfiguration.Default.WithSeverity(new SeveritySetting("TMR6001", DiagnosticSeverity.Warning, null));
        var off = TamerConfiguration.Default.WithRule(new RuleSetting("traceability", "off", null, isOff: true, null));

        Check(lowered, claim).Diagnostics.ShouldHaveSingleItem().Severity.ShouldBe(DiagnosticSeverity.Warning);
        Check(off, claim).Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void Linting_Work_Items_alone_reports_nothing_for_the_axis()
    {
        var result = Engine.Lint(Workspace);

        result.Rules.Select(r => r.Reference.ToString()).ShouldContain("traceability@1.1.0");
        result.Files.SelectMany(f => f.Diagnostics).ShouldNotContain(d => d.Id.StartsWith("TMR6", StringComparison.Ordinal));
    }
}
