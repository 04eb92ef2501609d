using Tamer.Spec.Formats;
using Tamer.Spec.Model;
using Tamer.Spec.Parsing;
using Tamer.Spec.Testing;
using Tamer.Spec.Workspace;

namespace Tamer.Spec.Rules.Tests.Formats;

/// <summary>A Backlog.md repository's own status list (backlog/config.yml) maps its custom statuses onto the lifecycle.</summary>
public sealed class BacklogStatusListTests
{
    private static readonly string RealConfig = File.ReadAllText(RepositoryPaths.InRepository("tests", "Tamer.Spec.Rules.Tests", "real-formats", "backlog-md", "ANUcybernetics__panic", "backlog", "config.yml"));

    [Theory]
    [InlineData("To Do", WorkItemStatus.Ready)]
    [InlineData("In Progress", WorkItemStatus.InProgress)]
    [InlineData("Done", WorkItemStatus.Done)]
    [InlineData("wontfix", WorkItemStatus.Done)]
    public void A_real_board_with_a_custom_last_column_maps_it_to_done(string status, WorkItemStatus expected)
    {
        var configuration = BacklogConfiguration.Read("backlog/config.yml", RealConfig);

        configuration.Statuses.ShouldBe(["To Do", "In Progress", "Done", "Wontfix"]);
        configuration.Problem.ShouldBeNull();
        configuration.Map(status).ShouldBe(expected);
    }

    [Fact]
    public void Custom_columns_take_their_place_on_the_board_and_known_names_keep_their_meaning()
    {
        var configuration = BacklogConfiguration.Read("backlog/config.yml", "statuses: [Icebox, To Do, Doing, Design, QA, Shipped]\n");

        configuration.Statuses.Select(configuration.Map).ShouldBe(
            [WorkItemStatus.Ready, WorkItemStatus.Ready, WorkItemStatus.InProgress, WorkItemStatus.InProgress, WorkItemStatus.Review, WorkItemStatus.Done]);
        configuration.Map("Parked").ShouldBeNull("a status the board does not list");
    }

    [Fact]
    public void A_task_whose_custom_status_is_the_boards_last_column_is_done_for_its_dependents()
    {
        const string dependent = "---\nid: task-2\ntitle: Dependent\nstatus: To Do\ndependencies: [task-1]\n---\n";
        const string shipped = "---\nid: task-1\ntitle: Shipped one\nstatus: Shipped\n---\n";
        var documents = new[] { Parse("backlog/tasks/task-2 - Dependent.md", dependent), Parse("backlog/tasks/task-1 - Shipped.md", shipped) };
        var configured = new WorkItemWorkspace(documents, [BacklogConfiguration.Read("backlog/config.yml", "statuses: [To Do, Doing, Shipped]\n")]);
        var unconfigured = new WorkItemWorkspace(documents);

        configured.FindById("task-1")[0].WorkItem!.Status.ShouldBe(WorkItemStatus.Done);
        unconfigured.FindById("task-1")[0].WorkItem!.Status.ShouldBe(WorkItemStatus.InProgress);
        Diagnostics(configured).ShouldNotContain("TMR4002");
        Diagnostics(unconfigured).ShouldContain("TMR4002");
    }

    [Fact]
    public void Near_miss_a_status_list_of_another_backlog_folder_does_not_apply()
    {
        var task = Parse("service/backlog/tasks/task-1 - X.md", "---\nid: task-1\ntitle: X\nstatus: Shipped\n---\n");
        var other = BacklogConfiguration.Read("backlog/config.yml", "statuses: [To Do, Shipped]\n");
        var own = BacklogConfiguration.Read("service/backlog/config.yml", "statuses: [To Do, Shipped]\n");

        BacklogConfiguration.PathFor(task.Path).ShouldBe("service/backlog/config.yml");
        BacklogConfiguration.PathFor("docs/guide.md").ShouldBeNull();
        new WorkItemWorkspace([task], [other]).Documents[0].WorkItem!.Status.ShouldBe(WorkItemStatus.InProgress);
        new WorkItemWorkspace([task], [own]).Documents[0].WorkItem!.Status.ShouldBe(WorkItemStatus.Done);
    }

    [Theory]
    [InlineData("statuses: To Do\n", 1, 11, "'statuses' is a string, not a list of status names; Backlog.md's default statuses are used")]
    [InlineData("project_name: x\nstatuses: [To Do, [Done]]\n", 2, 11, "'statuses' is a list, not a list of status names; Backlog.md's default statuses are used")]
    public void An_unreadable_status_list_is_a_problem_at_its_place_and_the_defaults_apply(string text, int line, int column, string problem)
    {
        var configuration = BacklogConfiguration.Read("backlog/config.yml", text);

        configuration.Statuses.ShouldBeEmpty();
        configuration.Problem.ShouldBe(problem);
        configuration.ProblemLocation!.Path.ShouldBe("backlog/config.yml");
        (configuration.ProblemLocation.Start.Line, configuration.ProblemLocation.Start.Column).ShouldBe((line, column));
    }

    private static WorkItemDocument Parse(string path, string text) => WorkItemParser.Parse(path, System.Text.Encoding.UTF8.GetBytes(text));

    private static List<string> Diagnostics(WorkItemWorkspace workspace) =>
        AxisPacks.Engine().Lint(workspace).Files.SelectMany(f => f.Diagnostics).Select(d => d.Id).ToList();
}
