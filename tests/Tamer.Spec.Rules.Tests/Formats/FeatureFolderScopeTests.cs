using Tamer.Spec.Diagnostics;
using Tamer.Spec.Engine;
using Tamer.Spec.Model;
using Tamer.Spec.Parsing;
using Tamer.Spec.Reporting;
using Tamer.Spec.Workspace;

namespace Tamer.Spec.Rules.Tests.Formats;

/// <summary>
/// A feature folder's write scope comes from another file of the folder (a Spec Kit tasks.md's
/// task paths, a Kiro design.md's file list): the scope rules and the dependencies pack read those
/// paths, and what they report lands on the path's line and column in that file.
/// </summary>
public sealed class FeatureFolderScopeTests
{
    private const string Spec = "specs/002-rate-limit/spec.md";
    private const string Tasks = "specs/002-rate-limit/tasks.md";

    private static string SpecText(string status) => $"""
        # Feature Specification: Rate limit

        **Status**: {status}

        ## Requirements

        - **FR-001**: System MUST answer 429 to the 101st request of a client within 60 seconds
        """;

    private const string TasksText = """
        # Tasks: Rate limit

        ## Phase 1: Setup

        - [ ] T001 Create the project structure in backend/
        - [ ] T002 [P] Add the limiter in backend/src/limiter.py

        ## Phase 2: User Story 1

        - [ ] T003 [US1] Answer 429 from `backend/src/limiter.py` and ./backend/src/app.py
        - [ ] T004 [P] [US1] Test the limit in tests/test_limiter.py
        """;

    // The same tasks without the one that writes a whole folder.
    private static readonly string FileTasksText = TasksText.Replace("Create the project structure in backend/", "Set up the project", StringComparison.Ordinal);

    [Fact]
    public void The_paths_the_tasks_name_are_the_features_write_scope_each_once_where_first_named()
    {
        var workspace = Workspace((Spec, SpecText("Ready")), (Tasks, TasksText));

        var scope = workspace.FindById("002-rate-limit").ShouldHaveSingleItem().WorkItem!.Scope;
        scope.Shape.ShouldBe(ScopeShape.Mapping);
        scope.Write!.Entries.Select(e => e.Text).ShouldBe(["backend/", "backend/src/limiter.py", "./backend/src/app.py", "tests/test_limiter.py"]);
        var document = workspace.FindById("002-rate-limit")[0];
        var limiter = document.GetLocation(scope.Write.Entries[1].Span);
        limiter.Path.ShouldBe(Tasks);
        limiter.Start.ShouldBe(Position(TasksText, "backend/src/limiter.py"));
        limiter.End.ShouldBe(new Text.LinePosition(Position(TasksText, "backend/src/limiter.py").Line, Position(TasksText, "backend/src/limiter.py").Column + "backend/src/limiter.py".Length));
    }

    [Fact]
    public void A_scope_rule_reports_a_task_path_at_its_line_and_column_in_tasks_md()
    {
        var result = FormatLint.Lint((Spec, SpecText("Ready")), (Tasks, TasksText));

        result.File(Tasks).Diagnostics.Select(d => (d.Id, d.Location!.Start)).ShouldBe([("TMR1004", Position(TasksText, "backend/\n")), ("TMR3001", Position(TasksText, "backend/\n"))]);
        var folder = result.File(Tasks).Diagnostics[0];
        folder.Location!.Path.ShouldBe(Tasks);
        folder.Location.Start.ShouldBe(Position(TasksText, "backend/\n"));
        folder.Message.ShouldStartWith("write path 'backend/' gives write access to the whole top-level folder 'backend/'");
        folder.Message.ShouldEndWith("in a Spec Kit feature, the write scope is the files tasks.md's tasks names (and a '## Scope' section's write list): name the files rather than a folder");
        result.File(Tasks).IsRefused.ShouldBeTrue();

        // What is missing is still said on the Work Item's own file, softened as the format has no place for it.
        var spec = result.File(Spec).Diagnostics;
        spec.ShouldNotContain(d => d.Id == "TMR1001");
        spec.ShouldAllBe(d => d.Location!.Path == Spec);
        spec.Single(d => d.Id == "TMR1005").Severity.ShouldBe(DiagnosticSeverity.Warning);
        spec.Single(d => d.Id == "TMR1007").Location!.Start.ShouldBe(new Text.LinePosition(1, 1));
    }

    [Fact]
    public void Reported_alone_the_Work_Item_keeps_what_lands_in_tasks_md_with_that_files_location_and_the_JSON_report_names_it()
    {
        var workspace = Workspace((Spec, SpecText("Ready")), (Tasks, TasksText));
        var result = AxisPacks.Engine().Lint(workspace, new LintOptions { ShouldReport = d => d.Path == Spec });

        var file = result.Files.ShouldHaveSingleItem();
        file.Document.WorkItem!.Scope.Shape.ShouldBe(ScopeShape.Missing, "the result holds the document as the host read it");
        var folder = file.Diagnostics.Single(d => d.Id == "TMR1004");
        folder.Location!.Path.ShouldBe(Tasks);
        file.IsRefused.ShouldBeTrue();

        var json = new StringWriter();
        new JsonReportWriter().Write(result, new ToolInfo("tamer-lint", "1.0.0"), json);
        var written = System.Text.Json.JsonDocument.Parse(json.ToString()).RootElement.GetProperty("files")[0].GetProperty("diagnostics").EnumerateArray().ToList();
        var entry = written.Single(d => d.GetProperty("id").GetString() == "TMR1004");
        entry.GetProperty("path").GetString().ShouldBe(Tasks);
        entry.GetProperty("line").GetInt32().ShouldBe(Position(TasksText, "backend/\n").Line);
        written.Where(d => d.TryGetProperty("path", out _)).Select(d => d.GetProperty("id").GetString()).ShouldBe(["TMR1004", "TMR3001"]);
    }

    [Fact]
    public void Reported_alone_tasks_md_gets_what_its_features_scope_gives_it()
    {
        var workspace = Workspace((Spec, SpecText("Ready")), (Tasks, TasksText));
        var result = AxisPacks.Engine().Lint(workspace, new LintOptions { ShouldReport = d => d.Path == Tasks });

        result.Files.ShouldHaveSingleItem().Path.ShouldBe(Tasks);
        result.Files[0].Diagnostics.Select(d => d.Id).ShouldBe(["TMR1004", "TMR3001"]);
    }

    [Fact]
    public void Two_active_features_whose_tasks_write_the_same_file_overlap_at_the_task_path()
    {
        const string otherTasks = "- [ ] T001 Add the lockout in backend/src/limiter.py\n";
        var result = FormatLint.Lint(
            (Spec, SpecText("Ready")),
            (Tasks, FileTasksText),
            ("specs/003-lockout/spec.md", SpecText("In Progress").Replace("Rate limit", "Lockout")),
            ("specs/003-lockout/tasks.md", otherTasks));

        var overlap = result.File(Tasks).Diagnostics.Single(d => d.Id == "TMR4004");
        overlap.Location!.Start.ShouldBe(Position(FileTasksText, "backend/src/limiter.py"));
        overlap.Message.ShouldContain("003-lockout");
        overlap.Message.ShouldContain("backend/src/limiter.py");
        overlap.Message.ShouldEndWith("a Spec Kit feature has no place for a dependency, so let the other finish first, or keep the two off the same files");
        result.File("specs/003-lockout/tasks.md").Diagnostics.ShouldNotContain(d => d.Id == "TMR4004", "a feature in progress is not checked against a ready one");
    }

    [Fact]
    public void Near_miss_tasks_on_other_files_or_a_draft_feature_give_no_overlap()
    {
        var apart = FormatLint.Lint(
            (Spec, SpecText("Ready")),
            (Tasks, FileTasksText),
            ("specs/003-lockout/spec.md", SpecText("In Progress")),
            ("specs/003-lockout/tasks.md", "- [ ] T001 Add the lockout in backend/src/lockout.py\n"));
        var draft = FormatLint.Lint(
            (Spec, SpecText("Draft")),
            (Tasks, FileTasksText),
            ("specs/003-lockout/spec.md", SpecText("In Progress")),
            ("specs/003-lockout/tasks.md", "- [ ] T001 Add the lockout in backend/src/limiter.py\n"));

        apart.Files.SelectMany(f => f.Diagnostics).ShouldNotContain(d => d.Id == "TMR4004");
        draft.Files.SelectMany(f => f.Diagnostics).ShouldNotContain(d => d.Id == "TMR4004");
    }

    [Fact]
    public void A_scope_section_keeps_its_lists_and_the_tasks_paths_join_its_write_list()
    {
        var spec = SpecText("Ready") + "\n## Scope\n\n- write: `backend/src/app.py`\n- read_only: docs/api.md\n- forbidden: backend/migrations/\n- extend_scope: false\n";
        var workspace = Workspace((Spec, spec), (Tasks, FileTasksText));

        var document = workspace.FindById("002-rate-limit")[0];
        var scope = document.WorkItem!.Scope;
        scope.Write!.Entries.Select(e => (e.Text, document.GetLocation(e.Span).Path)).ShouldBe([("backend/src/app.py", Spec), ("backend/src/limiter.py", Tasks), ("tests/test_limiter.py", Tasks)]);
        scope.ReadOnly!.Entries.Select(e => e.Text).ShouldBe(["docs/api.md"]);
        scope.ExtendScope!.Value.ShouldBe(false);
        var result = AxisPacks.Engine().Lint(workspace);
        result.Files.SelectMany(f => f.Diagnostics).Where(d => d.Id.StartsWith("TMR10", StringComparison.Ordinal)).ShouldBeEmpty();
    }

    [Fact]
    public void Without_a_path_in_its_tasks_or_without_tasks_md_the_feature_has_no_scope()
    {
        var noPath = FormatLint.Lint((Spec, SpecText("Ready")), (Tasks, "# Tasks\n\n- [ ] T001 Write the limiter\n- [ ] Add src/a.py (no task id)\n"));
        var alone = FormatLint.Lint((Spec, SpecText("Ready")));

        foreach (var result in new[] { noPath, alone })
        {
            var spec = result.File(Spec);
            spec.Document.WorkItem!.Scope.Shape.ShouldBe(ScopeShape.Missing);
            spec.Diagnostics.Single(d => d.Id == "TMR1001").Location!.Start.ShouldBe(new Text.LinePosition(1, 1));
        }
    }

    [Fact]
    public void A_workspace_built_again_from_joined_documents_joins_them_with_its_own_files()
    {
        var first = Workspace((Spec, SpecText("Ready")), (Tasks, TasksText));
        var again = new WorkItemWorkspace([first.Documents[0]]);

        first.Documents[0].WorkItem!.Scope.Write!.Entries.Count.ShouldBe(4);
        again.Documents[0].WorkItem!.Scope.Shape.ShouldBe(ScopeShape.Missing);
        AxisPacks.Engine().Lint(again).Files.ShouldHaveSingleItem().Diagnostics.ShouldAllBe(d => d.Location!.Path == Spec);
        new WorkItemWorkspace(first.Documents).Documents[0].WorkItem!.Scope.Write!.Entries.Count.ShouldBe(4);
    }

    private static WorkItemWorkspace Workspace(params (string Path, string Text)[] files) =>
        new(files.Select(f => WorkItemParser.Parse(f.Path, System.Text.Encoding.UTF8.GetBytes(f.Text))));

    private static Text.LinePosition Position(string text, string needle)
    {
        var (line, column) = FormatLint.PositionOf(text, needle);
        return new Text.LinePosition(line, column);
    }
}
