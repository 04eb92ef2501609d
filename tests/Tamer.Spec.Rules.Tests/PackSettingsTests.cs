using Tamer.Spec.Configuration;
using Tamer.Spec.Diagnostics;
using Tamer.Spec.Engine;
using Tamer.Spec.Parsing;
using Tamer.Spec.Testing;
using Tamer.Spec.Workspace;

namespace Tamer.Spec.Rules.Tests;

/// <summary>
/// The thresholds the packs let a team change in <c>.tamer.yml</c> (<c>settings:</c>): the value in
/// force decides the verdict, and a setting the pack does not have is a TMR9001 at its place.
/// </summary>
public sealed class PackSettingsTests
{
    private static readonly LintEngine Engine = AxisPacks.Engine();

    private static WorkItemDocument Fixture(string axis, string name) =>
        WorkItemParser.Parse(name, File.ReadAllBytes(Path.Combine(RepositoryPaths.Root, "rules", axis, "fixtures", name)));

    private static (IReadOnlyList<Diagnostic> Configuration, IReadOnlyList<string> Ids) Lint(WorkItemDocument document, string configurationText)
    {
        var configuration = ConfigurationParser.Parse(".tamer.yml", configurationText);
        configuration.Diagnostics.ShouldBeEmpty();
        var selection = Engine.SelectRules(configuration.Configuration);
        if (selection.HasErrors)
        {
            return (selection.Diagnostics, []);
        }

        var result = Engine.Lint(new WorkItemWorkspace([document]), new LintOptions { Configuration = configuration.Configuration });
        return (selection.Diagnostics, result.Files.Single().Diagnostics.Select(d => d.Id).ToList());
    }

    [Fact]
    public void A_lower_diff_threshold_asks_a_fifty_line_change_for_its_non_goals()
    {
        var document = Fixture("non-goals", "near-miss-small.md");

        Lint(document, "").Ids.ShouldNotContain("TMR5001");
        Lint(document, "settings:\n  non-goals: { large_diff_lines: 49 }\n").Ids.ShouldContain("TMR5001");
        Lint(document, "settings:\n  non-goals: { large_diff_lines: 50 }\n").Ids.ShouldNotContain("TMR5001");
    }

    [Fact]
    public void A_higher_diff_threshold_lets_a_large_change_through_without_non_goals()
    {
        var document = Fixture("non-goals", "large-without-non-goals.md");
        var diffLines = document.WorkItem!.Estimate!.DiffLines!.Value;

        Lint(document, "").Ids.ShouldContain("TMR5001");
        Lint(document, "settings:\n  non-goals:\n    large_diff_lines: " + diffLines + "\n").Ids.ShouldNotContain("TMR5001");
    }

    [Fact]
    public void The_file_threshold_of_invariants_decides_and_its_message_names_it()
    {
        var document = Fixture("invariants", "near-miss-five-files.md");

        Lint(document, "").Ids.ShouldNotContain("TMR3001");
        var configuration = ConfigurationParser.Parse(".tamer.yml", "settings:\n  invariants: { broad_change_files: 4 }\n").Configuration;
        var diagnostic = Engine.Lint(new WorkItemWorkspace([document]), new LintOptions { Configuration = configuration })
            .Files.Single().Diagnostics.Single(d => d.Id == "TMR3001");

        diagnostic.Message.ShouldStartWith("the change may touch more than 4 files (write lists 5 paths)");
        diagnostic.Location!.Start.Line.ShouldBe(7);
    }

    [Fact]
    public void Without_settings_the_message_is_the_one_every_earlier_release_printed()
    {
        var document = Fixture("invariants", "many-write-paths.md");

        var diagnostic = Engine.Lint(new WorkItemWorkspace([document]), new LintOptions()).Files.Single().Diagnostics.Single(d => d.Id == "TMR3001");

        diagnostic.Message.ShouldStartWith("the change may touch more than 5 files (");
    }

    [Theory]
    [InlineData("settings:\n  non-goals: { large_diff_line: 80 }\n", 2, 16, "unknown setting 'large_diff_line' of the 'non-goals' rule (did you mean 'large_diff_lines'?); its settings are large_diff_lines")]
    [InlineData("settings:\n  scope: { large_diff_lines: 80 }\n", 2, 12, "unknown setting 'large_diff_lines' of the 'scope' rule; the 'scope' rule has no settings")]
    [InlineData("settings:\n  non-gaols: { large_diff_lines: 80 }\n", 2, 16, "unknown rule axis 'non-gaols' in settings (did you mean 'non-goals'?)")]
    [InlineData("settings:\n  non-goals: { large_diff_lines: lots }\n", 2, 34, "'lots' is not a whole number; 'large_diff_lines' takes a whole number of at least 0")]
    [InlineData("settings:\n  invariants:\n    broad_change_files: -1\n", 3, 25, "-1 is out of range; 'broad_change_files' takes a whole number of at least 0")]
    public void A_setting_the_pack_does_not_take_is_reported_where_it_is_written(string text, int line, int column, string detail)
    {
        var (problems, _) = Lint(Fixture("non-goals", "near-miss-small.md"), text);

        var problem = problems.ShouldHaveSingleItem();
        problem.Id.ShouldBe("TMR9001");
        problem.Severity.ShouldBe(DiagnosticSeverity.Error);
        problem.Message.ShouldContain(detail);
        (problem.Location!.Start.Line, problem.Location.Start.Column).ShouldBe((line, column));
    }

    [Theory]
    [InlineData("settings: [large_diff_lines]\n", 1, 11, "'settings' should be a mapping of axis names to their settings")]
    [InlineData("settings:\n  non-goals: 80\n", 2, 14, "the settings of 'non-goals' should be a mapping of names to values")]
    [InlineData("settings:\n  non-goals: { large_diff_lines: }\n", 2, 34, "each setting of 'non-goals' is 'name: value'")]
    public void A_settings_block_of_the_wrong_shape_is_reported_by_the_parser(string text, int line, int column, string detail)
    {
        var problem = ConfigurationParser.Parse(".tamer.yml", text).Diagnostics.ShouldHaveSingleItem();

        problem.Id.ShouldBe("TMR9001");
        problem.Message.ShouldContain(detail);
        (problem.Location!.Start.Line, problem.Location.Start.Column).ShouldBe((line, column));
    }

    [Fact]
    public void Every_setting_of_a_built_in_pack_is_in_its_docs_and_the_configuration_page()
    {
        var configurationPage = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "configuration.md"));
        foreach (var pack in AxisPacks.All)
        {
            foreach (var setting in pack.Settings)
            {
                configurationPage.ShouldContain("`" + setting.Name + "`", customMessage: "docs/configuration.md does not list " + pack.Axis + "." + setting.Name);
                pack.Versions.SelectMany(v => v.SupportedDiagnostics).Select(d => pack.GetDocumentation(d.Id) ?? string.Empty)
                    .ShouldContain(page => page.Contains("`" + setting.Name + "`"), customMessage: "no docs page of the " + pack.Axis + " pack names its setting " + setting.Name);
            }
        }
    }
}
