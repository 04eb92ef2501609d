using Tamer.Spec.Configuration;
using Tamer.Spec.Diagnostics;
using Tamer.Spec.Engine;
using Tamer.Spec.Fixes;
using Tamer.Spec.Parsing;
using Tamer.Spec.Rules;
using Tamer.Spec.Rules.Format;
using Tamer.Spec.Workspace;

namespace Acme.Tamer.Rules.Tests;

/// <summary>The pack through the engine, as every host runs it: IDs, positions, severities per version, the fix.</summary>
public sealed class MigrationRuleTests
{
    // The format rule first, as every host has it: the pack judges only files that are Work Items.
    private static readonly LintEngine Engine = new([FormatRulePack.Instance, new AcmeRulePack()]);

    [Fact]
    public void A_migration_without_a_rollback_is_ACME1001_at_the_migration_path_an_error_in_2_0_0()
    {
        var diagnostic = Lint("missing-rollback.md").Single(d => d.Id == "ACME1001");

        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Error);
        (diagnostic.Location!.Start.Line, diagnostic.Location.Start.Column).ShouldBe((6, 11));
        diagnostic.Message.ShouldBe("the Work Item writes 'db/migrations/0042_orders_created_at.sql' but neither non_goals nor accepted_failures says how a migration is rolled back");
        diagnostic.Rule.ToString().ShouldBe("acme-migrations@2.0.0");
        diagnostic.Descriptor.HelpUri.AbsoluteUri.ShouldEndWith("examples/rule-pack/src/docs/ACME1001.md");
    }

    [Fact]
    public void Version_1_0_0_reports_it_as_a_warning_and_knows_no_ACME1002()
    {
        var diagnostics = Lint("bare-folder.md", "1.*").Concat(Lint("missing-rollback.md", "1.*")).ToList();

        diagnostics.Single().Id.ShouldBe("ACME1001");
        diagnostics.Single().Severity.ShouldBe(DiagnosticSeverity.Warning);
        diagnostics.Single().Rule.ToString().ShouldBe("acme-migrations@1.0.0");
    }

    [Theory]
    [InlineData("rollback-named.md")]
    [InlineData("no-migrations.md")]
    public void A_named_rollback_or_a_migrations_path_that_is_only_read_is_a_near_miss(string fixture)
    {
        Lint(fixture).ShouldBeEmpty();
    }

    [Fact]
    public void A_bare_migrations_folder_is_ACME1002_with_a_safe_fix_that_gives_the_fixed_twin()
    {
        var diagnostic = Lint("bare-folder.md").Single();

        diagnostic.Id.ShouldBe("ACME1002");
        (diagnostic.Location!.Start.Line, diagnostic.Location.Start.Column).ShouldBe((6, 11));
        var fix = diagnostic.Fixes.Single();
        fix.Kind.ShouldBe(FixKind.Safe);
        var fixedText = FixApplier.ApplyEdits(Read("bare-folder.md"), fix.Edits);
        fixedText.ShouldBe(Read("bare-folder.fixed.md"));
        Lint("bare-folder.fixed.md").ShouldBeEmpty();
    }

    [Fact]
    public void Every_diagnostic_has_its_docs_page_embedded()
    {
        var pack = new AcmeRulePack();
        foreach (var id in pack.Versions.SelectMany(v => v.SupportedDiagnostics).Select(d => d.Id).Distinct())
        {
            pack.GetDocumentation(id).ShouldNotBeNull(id).ShouldStartWith("# " + id + ": ");
        }
    }

    [Fact]
    public void The_release_log_lists_every_ID_default_severity_and_version()
    {
        ReleaseLog.Check(new AcmeRulePack(), File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "RELEASES.md"))).ShouldBeEmpty();
    }

    private static IReadOnlyList<Diagnostic> Lint(string fixture, string? range = null)
    {
        var document = WorkItemParser.Parse("fixtures/" + fixture, Read(fixture));
        var configuration = TamerConfiguration.Default;
        if (range is not null)
        {
            configuration = configuration.WithRule(ConfigurationParser.ParseRuleOption("acme-migrations=" + range, out _)!);
        }

        return Engine.Lint(new WorkItemWorkspace([document]), new LintOptions { Configuration = configuration })
            .Files.Single().Diagnostics.Where(d => d.Id.StartsWith("ACME", StringComparison.Ordinal)).ToList();
    }

    private static string Read(string fixture) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "fixtures", fixture));
}
