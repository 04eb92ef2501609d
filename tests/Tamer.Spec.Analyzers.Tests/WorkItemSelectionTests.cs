namespace Tamer.Spec.Analyzers.Tests;

/// <summary>
/// Which AdditionalFiles are Work Items: the package's targets mark them; the configuration's
/// include and exclude choose among the candidates exactly as for the command line; other
/// analyzers' files are left alone.
/// Stays on <see cref="TestProject"/>: the subject is which files are linted, including files with no
/// TamerKind metadata and a compilation without the root property, which the harness's project setup
/// (<see cref="Harness.HarnessProject"/>) always adds.
/// </summary>
public sealed class WorkItemSelectionTests
{
    private const string Root = "/repo";

    private static async Task<List<string>> LintedFiles(TestProject project) =>
        (await project.AnalyzeAsync()).Select(d => Located.From(d, Root).File).Distinct().Order().ToList();

    [Fact]
    public async Task Candidates_under_the_default_folders_are_linted_and_other_Markdown_is_not()
    {
        var project = new TestProject(Root)
            .WorkItem("work-items/settings.md", Fixtures.Read("legacy-scope.md"))
            .WorkItem("docs/settings.wi.md", Fixtures.Read("open-scope.md"))
            .Additional("README.md", "# Not a Work Item\n", kind: null)
            .Additional("docs/guide.md", "# Not one either\n", kind: "WorkItemCandidate");

        (await LintedFiles(project)).ShouldBe(["docs/settings.wi.md", "work-items/settings.md"]);
    }

    [Fact]
    public async Task The_configuration_chooses_the_folders_and_exclusions()
    {
        var project = new TestProject(Root)
            .Configuration("include: [specs/]\nexclude: [specs/archive/**]\n")
            .WorkItem("work-items/settings.md", Fixtures.Read("legacy-scope.md"))
            .Additional("specs/locale.md", Fixtures.Read("open-scope.md"), kind: null)
            .Additional("specs/archive/old.md", Fixtures.Read("legacy-scope.md"), kind: null);

        (await LintedFiles(project)).ShouldBe(["specs/locale.md"]);
    }

    [Fact]
    public async Task A_file_declared_a_Work_Item_is_linted_wherever_it_is_unless_excluded()
    {
        var project = new TestProject(Root)
            .Configuration("exclude: [notes/old/**]\n")
            .WorkItem("notes/settings.md", Fixtures.Read("legacy-scope.md"), kind: "WorkItem")
            .WorkItem("notes/old/settings.md", Fixtures.Read("open-scope.md"), kind: "WorkItem");

        (await LintedFiles(project)).ShouldBe(["notes/settings.md"]);
    }

    [Fact]
    public async Task Without_metadata_or_a_known_root_a_file_is_matched_from_each_of_its_folders()
    {
        var project = new TestProject(Root)
            .WithoutGlobal("build_property.TamerRootDirectory")
            .Additional("work-items/settings.md", Fixtures.Read("legacy-scope.md"), kind: null)
            .Additional("README.md", "# Not a Work Item\n", kind: null);

        var files = (await project.AnalyzeAsync()).Select(d => d.Location.GetLineSpan().Path).Distinct().ToList();

        files.ShouldBe(["/repo/work-items/settings.md"]);
    }

    [Fact]
    public async Task A_configuration_that_does_not_read_is_reported_alone_as_by_the_command_line()
    {
        var project = new TestProject(Root)
            .Configuration("severity: { TMR1002: loud }\n")
            .WorkItem("work-items/settings.md", Fixtures.Read("legacy-scope.md"));

        var found = (await project.AnalyzeAsync()).Select(d => Located.From(d, Root)).ToList();

        found.Select(d => (d.Id, d.File, d.Line)).ShouldBe([("TMR9001", ".tamer.yml", 1)]);
    }

    [Fact]
    public async Task Work_Items_see_each_other_in_one_workspace()
    {
        var first = Fixtures.Read("open-scope.md");
        var project = new TestProject(Root)
            .WorkItem("work-items/a.md", first)
            .WorkItem("work-items/b.md", first);

        var duplicates = (await project.AnalyzeAsync()).Where(d => d.Id == "TMR0004").Select(d => Located.From(d, Root)).ToList();

        duplicates.Select(d => d.File).Order().ShouldBe(["work-items/a.md", "work-items/b.md"]);
        duplicates.ShouldAllBe(d => d.Message.Contains("is also used by work-items/", StringComparison.Ordinal));
    }
}
