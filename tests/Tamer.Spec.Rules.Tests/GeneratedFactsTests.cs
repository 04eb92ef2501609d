using System.Text.RegularExpressions;
using NuGet.Versioning;
using Tamer.Spec.Diagnostics;
using Tamer.Spec.Rules.Scope;
using Tamer.Spec.Testing;

namespace Tamer.Spec.Rules.Tests;

/// <summary>
/// The facts documents repeat about the packs come from the packs: the table of
/// <c>rules/README.md</c> is generated (TAMER_UPDATE_DOCS=1 rewrites it), and each package readme
/// names exactly its pack's ID ranges. A pack that gains a diagnostic needs no edit outside its
/// folder for these checks, the diagnostics index and the release checks to pass.
/// </summary>
public sealed partial class GeneratedFactsTests
{
    [GeneratedRegex(@"TMR\d{4}(?:–TMR\d{4})?", RegexOptions.CultureInvariant)]
    private static partial Regex IdRange();

    [Fact]
    public void The_table_of_rules_README_is_generated_from_the_packs()
    {
        var path = RepositoryPaths.InRepository("rules", "README.md");
        var text = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        var start = text.IndexOf(PackFacts.TableStart, StringComparison.Ordinal);
        var end = text.IndexOf(PackFacts.TableEnd, StringComparison.Ordinal);
        (start >= 0 && end > start).ShouldBeTrue("rules/README.md has no generated table between its markers");
        var actual = text.Substring(start, end + PackFacts.TableEnd.Length + 1 - start);
        var expected = PackFacts.RulesTable(AxisPacks.UnderRules);
        if (actual != expected && DocsPage.UpdateRequested)
        {
            File.WriteAllText(path, text.Replace(actual, expected, StringComparison.Ordinal));
            return;
        }

        actual.ShouldBe(expected, "rules/README.md is stale: run the tests with TAMER_UPDATE_DOCS=1");
    }

    public static TheoryData<string> Packs() => new(AxisPacks.UnderRules.Select(p => p.Axis));

    [Theory]
    [MemberData(nameof(Packs))]
    public void Each_package_readme_names_exactly_its_packs_ID_ranges(string axis)
    {
        var pack = AxisPacks.UnderRules.Single(p => p.Axis == axis);
        var name = pack.GetType().Assembly.GetName().Name!;
        var path = RepositoryPaths.InRepository("build", "package-readmes", name + ".md");

        var written = IdRange().Matches(File.ReadAllText(path)).Select(m => m.Value).Distinct().Order(StringComparer.Ordinal);

        written.ShouldBe(PackFacts.IdRanges(pack).Order(StringComparer.Ordinal), "build/package-readmes/" + name + ".md names other ID ranges than the " + axis + " pack declares; edit that file");
    }

    [Fact]
    public void A_pack_that_gains_a_diagnostic_changes_the_generated_facts_and_passes_its_checks_with_its_own_files()
    {
        var grown = new GrownScopePack();
        var packs = AxisPacks.UnderRules.Select(p => p is ScopeRulePack ? grown : p).ToList();
        var releases = GrownScopePack.ReleaseSection + File.ReadAllText(RepositoryPaths.InRepository("rules", "scope", "RELEASES.md"));

        PackFacts.IdRanges(grown).ShouldBe(["TMR1001–TMR1011", "TMR1101–TMR1103"]);
        PackFacts.RulesTable(packs).ShouldContain("| scope | [`scope/`](scope/) | 1.0.0, 2.0.0, 2.1.0 | TMR1001–TMR1011, TMR1101–TMR1103 |");
        ReleaseLog.Check(grown, releases).ShouldBeEmpty();
        new Engine.LintEngine(packs).FindDescriptor("TMR1011").ShouldNotBeNull("the diagnostics index and the analyzer's release file are rendered from the engine's descriptors");
    }

    // The scope pack with a version 2.1.0 that adds TMR1011: what a contributor would write in rules/scope/.
    private sealed class GrownScopePack : RulePack
    {
        public const string ReleaseSection = "## 2.1.0\n\n| ID | change | default severity | notes |\n| --- | --- | --- | --- |\n| TMR1011 | added | warning | |\n\n";

        private static readonly DiagnosticDescriptor Added = new(
            "TMR1011", "A test diagnostic", "a test message", DiagnosticSeverity.Warning, new Uri("https://example.invalid/TMR1011"), FixKind.None);

        public override string Axis => "scope";

        public override string Description => "scope, grown by a test";

        public override IReadOnlyList<Rule> Versions { get; } = [.. new ScopeRulePack().Versions, new Grown()];

        private sealed class Grown() : Rule(new NuGetVersion(2, 1, 0), [.. new ScopeRuleV2().SupportedDiagnostics, Added])
        {
            public override void Analyze(RuleContext context)
            {
            }
        }
    }
}
