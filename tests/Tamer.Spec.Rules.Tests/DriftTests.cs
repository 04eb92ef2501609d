using Tamer.Spec.Configuration;
using Tamer.Spec.Diagnostics;
using Tamer.Spec.Parsing;
using Tamer.Spec.Testing;

namespace Tamer.Spec.Rules.Tests;

/// <summary>A change linted with the Work Item it implements: each changed path checked against the scope.</summary>
public sealed class DriftTests
{
    private static WorkItemDocument Example(string name)
    {
        var path = Path.Combine(RepositoryPaths.Shared, "examples", "work-items", name);
        return WorkItemParser.Parse(name, File.ReadAllBytes(path));
    }

    [Fact]
    public void Each_changed_path_outside_write_is_reported_by_what_it_is()
    {
        var drift = ChangeLint.Drift(Example("auth-login-rate-limit.md"), ["src/auth/login.ts", "src/billing/invoice.ts", "src/auth/session.ts", "README.md"]);

        drift.Select(d => (d.Id, Path: d.Message.Split('\'')[1])).ShouldBe(new[]
        {
            ("TMR1102", "src/billing/invoice.ts"),
            ("TMR1103", "src/auth/session.ts"),
            ("TMR1101", "README.md"),
        }, ignoreOrder: true);
        drift.ShouldAllBe(d => d.Severity == DiagnosticSeverity.Error);
        drift.Single(d => d.Id == "TMR1102").Location!.Start.Line.ShouldBe(8);
    }

    [Fact]
    public void Paths_are_normalised_and_repeats_reported_once()
    {
        var drift = ChangeLint.Drift(Example("auth-login-rate-limit.md"), ["./src/auth/login.ts", "docs\\guide.md", "docs/guide.md"]);

        drift.Select(d => d.Id).ShouldBe(new[] { "TMR1101" });
    }

    [Fact]
    public void A_legacy_scope_counts_its_paths_as_write()
    {
        ChangeLint.Drift(Example("legacy-scope.md"), ["src/settings/page.ts"]).ShouldBeEmpty();
        ChangeLint.Drift(Example("legacy-scope.md"), ["docs/settings.md"]).Single().Id.ShouldBe("TMR1101");
    }

    [Fact]
    public void Configuration_severities_and_justified_suppressions_apply()
    {
        var document = WorkItemParser.Parse("wi.md", "---\nid: WI-DRIFT-0001\ntitle: t\nscope:\n  write: [src/a.ts]\n  read_only: [src/]\n  forbidden: [secrets/]\n  extend_scope: false\nsuppress:\n  TMR1103: the generated client in src/ is rewritten by this change on purpose\n---\n");
        var relaxed = TamerConfiguration.Default.WithSeverity(new SeveritySetting("TMR1101", DiagnosticSeverity.Warning, null));

        var drift = ChangeLint.Drift(document, ["src/client.ts", "README.md", "secrets/key.pem"], relaxed);

        drift.Select(d => (d.Id, d.Severity)).ShouldBe(new[] { ("TMR1101", DiagnosticSeverity.Warning), ("TMR1102", DiagnosticSeverity.Error) }, ignoreOrder: true);
    }

    [Fact]
    public void Parent_segments_are_resolved_before_matching()
    {
        var drift = ChangeLint.Drift(Example("auth-login-rate-limit.md"), ["src/auth/login.ts/../../billing/x.ts", "src/auth/./login.ts", "../outside.ts"]);

        drift.Select(d => (d.Id, Path: d.Message.Split('\'')[1])).ShouldBe(new[]
        {
            ("TMR1102", "src/billing/x.ts"),
            ("TMR1101", "../outside.ts"),
        }, ignoreOrder: true);
    }

    [Fact]
    public void A_write_path_that_names_a_file_grants_nothing_below_it()
    {
        var drift = ChangeLint.Drift(Example("auth-login-rate-limit.md"), ["src/auth/login.ts/extra.ts"]);

        drift.Select(d => d.Id).ShouldBe(new[] { "TMR1103" });
    }

    [Fact]
    public void With_scope_off_a_change_brings_nothing()
    {
        var off = TamerConfiguration.Default.WithRule(ConfigurationParser.ParseRuleOption("scope=off", out _)!);

        ChangeLint.Drift(Example("auth-login-rate-limit.md"), ["src/billing/invoice.ts", "README.md"], off).ShouldBeEmpty();
    }

    [Fact]
    public void Drift_is_tagged_with_the_scope_version_that_ran_and_scope_1_has_no_drift_rule()
    {
        var document = Example("auth-login-rate-limit.md");
        var v1 = TamerConfiguration.Default.WithRule(ConfigurationParser.ParseRuleOption("scope=1.*", out _)!);
        var v2 = TamerConfiguration.Default.WithRule(ConfigurationParser.ParseRuleOption("scope=[2.0,3.0)", out _)!);

        ChangeLint.Drift(document, ["src/billing/invoice.ts"], v1).ShouldBeEmpty();
        ChangeLint.Drift(document, ["src/billing/invoice.ts"], v2).Single().Rule.ToString().ShouldBe("scope@2.0.0");
    }

    [Fact]
    public void A_justified_suppression_moves_the_finding_to_the_suppressed_ones_and_a_bare_one_does_not()
    {
        const string Head = "---\nid: WI-DRIFT-0002\ntitle: t\nscope:\n  write: [src/a.ts]\n  read_only: []\n  forbidden: [secrets/]\n  extend_scope: false\n";
        var justified = WorkItemParser.Parse("wi.md", Head + "suppress:\n  TMR1102: the key rotation in secrets/ is part of this change\n---\n");
        var bare = WorkItemParser.Parse("wi.md", Head + "suppress:\n  TMR1102: ok\n---\n");

        var silenced = ChangeLint.Result(justified, ["secrets/key.pem"]);
        silenced.Diagnostics.ShouldBeEmpty();
        silenced.SuppressedDiagnostics.Single().Id.ShouldBe("TMR1102");
        ChangeLint.Drift(bare, ["secrets/key.pem"]).Single().Id.ShouldBe("TMR1102");
    }

    [Fact]
    public void A_change_for_one_Work_Item_is_not_judged_against_another()
    {
        var document = Example("auth-login-rate-limit.md");
        var engine = AxisPacks.Engine();

        var result = engine.Lint(
            new Workspace.WorkItemWorkspace([document]),
            new Engine.LintOptions { Change = new Engine.WorkItemChange(["README.md"], "WI-OTHER-0001"), ChangeOnly = true });

        result.Files.Single().Diagnostics.ShouldBeEmpty();
    }
}
