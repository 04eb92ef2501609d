using Tamer.Spec.Configuration;
using Tamer.Spec.Diagnostics;
using Tamer.Spec.Engine;
using Tamer.Spec.Parsing;
using Tamer.Spec.Rules.Format;
using Tamer.Spec.Testing;
using Tamer.Spec.Workspace;

namespace Tamer.Spec.Tests.Engine;

public sealed class EngineTests
{
    private const string CleanItem = "---\nid: WI-ENG-0001\ntitle: A clean item\n---\n";

    private static LintResult Lint(LintEngine engine, TamerConfiguration? configuration, params string[] texts)
    {
        var documents = texts.Select((t, i) => WorkItemParser.Parse("wi" + i + ".md", t));
        return engine.Lint(new WorkItemWorkspace(documents), new LintOptions { Configuration = configuration ?? TamerConfiguration.Default });
    }

    private static TamerConfiguration Rule(string axis, string range) =>
        TamerConfiguration.Default.WithRule(ConfigurationParser.ParseRuleOption(axis + "=" + range, out _)!);

    [Theory]
    [InlineData("[1.0,2.0)", "1.0.0", "TST0001")]
    [InlineData("2.*", "2.0.0", "TST0002")]
    [InlineData("1.*", "1.0.0", "TST0001")]
    [InlineData("[2.0.0]", "2.0.0", "TST0002")]
    [InlineData("*", "2.0.0", "TST0002")]
    public void A_version_range_selects_the_highest_version_inside_it(string range, string version, string id)
    {
        var engine = new LintEngine(new Tamer.Spec.Rules.RulePack[] { FormatRulePack.Instance, new VersionedTestPack() });

        var result = Lint(engine, Rule("versioned", range), CleanItem);

        result.Rules.Single(r => r.Pack.Axis == "versioned").Rule.Version.ToNormalizedString().ShouldBe(version);
        result.Files.Single().Diagnostics.Single().Id.ShouldBe(id);
    }

    [Fact]
    public void Without_a_setting_the_highest_version_is_selected()
    {
        var result = Lint(new LintEngine(new Tamer.Spec.Rules.RulePack[] { FormatRulePack.Instance, new VersionedTestPack() }), null, CleanItem);

        result.Rules.Select(r => r.Reference.ToString()).ShouldBe(new[] { "format@1.0.0", "versioned@2.0.0" });
    }

    [Fact]
    public void Off_disables_the_axis()
    {
        var result = Lint(new LintEngine(new Tamer.Spec.Rules.RulePack[] { FormatRulePack.Instance, new VersionedTestPack() }), Rule("versioned", "off"), CleanItem);

        result.Rules.ShouldNotContain(r => r.Pack.Axis == "versioned");
        result.Files.Single().Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void A_range_that_matches_no_version_is_TMR9002_and_nothing_is_linted()
    {
        var result = Lint(new LintEngine(new Tamer.Spec.Rules.RulePack[] { FormatRulePack.Instance, new VersionedTestPack() }), Rule("versioned", "[9.0,10.0)"), CleanItem);

        result.HasConfigurationErrors.ShouldBeTrue();
        var diagnostic = result.RunDiagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("TMR9002");
        diagnostic.Message.ShouldBe("no version of the 'versioned' rule matches '[9.0,10.0)' (available: 1.0.0, 2.0.0)");
        result.Files.ShouldBeEmpty();
    }

    [Fact]
    public void An_unknown_axis_or_id_in_the_configuration_is_TMR9001()
    {
        var configuration = Rule("versiond", "2.*").WithSeverity(new SeveritySetting("TMR0O05", DiagnosticSeverity.Error, null));

        var result = Lint(new LintEngine(new Tamer.Spec.Rules.RulePack[] { FormatRulePack.Instance, new VersionedTestPack() }), configuration, CleanItem);

        result.RunDiagnostics.Select(d => d.Id).ShouldBe(new[] { "TMR9001", "TMR9001" });
        result.RunDiagnostics[0].Message.ShouldContain("did you mean 'versioned'");
        result.RunDiagnostics[1].Message.ShouldContain("did you mean 'TMR0005'");
    }

    [Fact]
    public void The_format_rule_cannot_be_turned_off()
    {
        var result = Lint(new LintEngine([FormatRulePack.Instance]), Rule("format", "off"), CleanItem);

        result.RunDiagnostics.ShouldHaveSingleItem().Message.ShouldContain("always on");
    }

    [Fact]
    public void A_rule_that_throws_is_TMR9003_naming_it_and_the_other_rules_still_report()
    {
        var engine = new LintEngine(new Tamer.Spec.Rules.RulePack[] { FormatRulePack.Instance, new ThrowingTestPack(), new VersionedTestPack() });
        var result = Lint(engine, null, "---\nid: WI-ENG-0002\ntitle: t\nscpoe: x\n---\n");

        var diagnostics = result.Files.Single().Diagnostics;
        var failure = diagnostics.Single(d => d.Id == "TMR9003");
        failure.Message.ShouldContain("throwing@1.0.0");
        failure.Message.ShouldContain("the test rule failed on purpose");
        failure.Location!.Start.Line.ShouldBe(1);
        failure.Severity.ShouldBe(DiagnosticSeverity.Error);
        diagnostics.ShouldContain(d => d.Id == "TST0002");
        diagnostics.ShouldContain(d => d.Id == "TMR0005");
        result.Files.Single().IsRefused.ShouldBeTrue();
    }

    [Fact]
    public void Severity_overrides_change_the_gate()
    {
        var text = "---\nid: WI-ENG-0003\ntitle: t\nstatus: doing\n---\n";
        var engine = new LintEngine([FormatRulePack.Instance]);

        Lint(engine, null, text).Files.Single().IsRefused.ShouldBeTrue();
        var relaxed = Lint(engine, TamerConfiguration.Default.WithSeverity(new SeveritySetting("TMR0007", DiagnosticSeverity.Warning, null)), text);
        relaxed.Files.Single().IsRefused.ShouldBeFalse();
        relaxed.Files.Single().Diagnostics.Single().Severity.ShouldBe(DiagnosticSeverity.Warning);
        var silenced = Lint(engine, TamerConfiguration.Default.WithSeverity(new SeveritySetting("TMR0007", DiagnosticSeverity.None, null)), text);
        silenced.Files.Single().Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void A_justified_suppression_silences_and_an_unjustified_one_does_not()
    {
        var engine = new LintEngine([FormatRulePack.Instance]);
        var justified = Lint(engine, null, "---\nid: WI-ENG-0004\ntitle: t\nstatus: doing\nsuppress:\n  TMR0007: our workflow tool adds this status\n---\n").Files.Single();
        var unjustified = Lint(engine, null, "---\nid: WI-ENG-0005\ntitle: t\nstatus: doing\nsuppress:\n  TMR0007: ok\n---\n").Files.Single();

        justified.IsRefused.ShouldBeFalse();
        justified.Diagnostics.ShouldBeEmpty();
        justified.SuppressedDiagnostics.Single().SuppressionJustification.ShouldBe("our workflow tool adds this status");
        unjustified.Diagnostics.Select(d => d.Id).ShouldBe(new[] { "TMR0007", "TMR0009" }, ignoreOrder: true);
    }

    [Fact]
    public void Packs_that_break_the_contract_are_left_out_with_TMR9003()
    {
        var engine = new LintEngine(new Tamer.Spec.Rules.RulePack[] { FormatRulePack.Instance, new VersionedTestPack("twin"), new VersionedTestPack("twin"), new ClashingPack() });

        engine.Packs.Select(p => p.Axis).ShouldBe(new[] { "format", "twin" });
        engine.PackProblems.Count.ShouldBe(2);
        engine.PackProblems[0].Message.ShouldContain("already provided");
        engine.PackProblems[1].Message.ShouldContain("TMR0005");
        engine.PackProblems[1].Message.ShouldContain("'format' pack owns");
    }

    [Fact]
    public void Parallel_and_sequential_runs_give_the_same_result()
    {
        var texts = Enumerable.Range(0, 200).Select(i => $"---\nid: WI-PAR-{i % 150}\ntitle: t\nstatus: {(i % 3 == 0 ? "doing" : "ready")}\n---\n").ToArray();
        var documents = texts.Select((t, i) => WorkItemParser.Parse($"wi{i:D3}.md", t)).ToList();
        var engine = new LintEngine(new Tamer.Spec.Rules.RulePack[] { FormatRulePack.Instance, new VersionedTestPack() });

        var sequential = engine.Lint(new WorkItemWorkspace(documents));
        var parallel = engine.Lint(new WorkItemWorkspace(documents), new LintOptions { MaxDegreeOfParallelism = 4 });

        parallel.Files.SelectMany(f => f.Diagnostics).Select(d => d.ToString())
            .ShouldBe(sequential.Files.SelectMany(f => f.Diagnostics).Select(d => d.ToString()));
    }

    [Fact]
    public void Only_the_reported_documents_are_analysed_but_all_are_context()
    {
        var documents = new[]
        {
            WorkItemParser.Parse("linted.md", "---\nid: WI-CTX-0001\ntitle: t\n---\n"),
            WorkItemParser.Parse("context.md", "---\nid: WI-CTX-0001\ntitle: t\nstatus: doing\n---\n"),
        };

        var result = new LintEngine([FormatRulePack.Instance]).Lint(new WorkItemWorkspace(documents), new LintOptions { ShouldReport = d => d.Path == "linted.md" });

        var file = result.Files.ShouldHaveSingleItem();
        file.Path.ShouldBe("linted.md");
        file.Diagnostics.Single().Message.ShouldContain("context.md(2,5)");
    }

    private sealed class ClashingPack : Tamer.Spec.Rules.RulePack
    {
        public override string Axis => "clash";

        public override string Description => "Declares an ID the format rule owns.";

        public override IReadOnlyList<Tamer.Spec.Rules.Rule> Versions { get; } = new Tamer.Spec.Rules.Rule[] { new Clashing() };

        private sealed class Clashing : Tamer.Spec.Rules.Rule
        {
            public Clashing()
                : base(new NuGet.Versioning.NuGetVersion(1, 0, 0), new[] { Tamer.Spec.Rules.Format.FormatDiagnostics.UnknownKey })
            {
            }

            public override void Analyze(Tamer.Spec.Rules.RuleContext context)
            {
            }
        }
    }
}
