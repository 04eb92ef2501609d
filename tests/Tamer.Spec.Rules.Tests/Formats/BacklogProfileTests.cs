using Tamer.Spec.Diagnostics;
using Tamer.Spec.Formats;
using Tamer.Spec.Parsing;

namespace Tamer.Spec.Rules.Tests.Formats;

/// <summary>Backlog.md tasks, read natively: ids, statuses, dependencies and #N criteria, at the file's own positions.</summary>
public sealed class BacklogProfileTests
{
    private const string TaskPath = "backlog/tasks/task-7 - Rate-limit-failed-logins.md";
    private const string DonePath = "backlog/tasks/task-5 - Session-store.md";

    private const string Done = """
        ---
        id: task-5
        title: Session store
        status: Done
        assignee: []
        created_date: '2025-07-01'
        labels: []
        dependencies: []
        ---

        ## Description

        The session store the login counts failures in.
        """;

    private static string Task(string dependencies) => $"""
        ---
        id: task-7
        title: Rate-limit failed logins
        status: In Progress
        assignee:
          - '@alice'
        created_date: '2025-07-02 10:15'
        labels: [auth]
        dependencies: {dependencies}
        priority: high
        ---

        ## Description

        Stop password guessing on the login endpoint.

        ## Acceptance Criteria
        <!-- AC:BEGIN -->
        - [ ] #1 POST /login with a wrong password returns 401 and increments the counter auth.rate_limit.by_ip
        - [ ] #2 The login page feels fast and user-friendly
        <!-- AC:END -->

        ## Definition of Done
        <!-- DOD:BEGIN -->
        - [ ] #1 Tests pass
        <!-- DOD:END -->
        """;

    [Fact]
    public void A_task_is_read_as_Backlog_md_and_gets_no_format_errors()
    {
        var text = Task("[task-5]");
        var result = FormatLint.Lint((TaskPath, text), (DonePath, Done));

        var task = result.File(TaskPath);
        task.Document.Profile.ShouldBe(FormatProfiles.BacklogMd);
        task.Id.ShouldBe("task-7");
        task.Document.WorkItem!.Status.ShouldBe(Model.WorkItemStatus.InProgress);
        task.Document.WorkItem.DependsOn.Items.Select(d => d.Value).ShouldBe(["task-5"]);
        task.Diagnostics.Where(d => d.Id.StartsWith("TMR0", StringComparison.Ordinal)).ShouldBeEmpty();
        task.Diagnostics.Where(d => d.Id.StartsWith("TMR4", StringComparison.Ordinal)).ShouldBeEmpty("task-5 exists and is done");
    }

    [Fact]
    public void The_vague_criterion_is_reported_as_criterion_2_at_its_own_line_and_column()
    {
        var text = Task("[task-5]");
        var result = FormatLint.Lint((TaskPath, text), (DonePath, Done));

        var criteria = result.File(TaskPath).Document.WorkItem!.AcceptanceCriteria.Items;
        criteria.Select(c => c.Id).ShouldBe(["#1", "#2"]);
        var vague = result.File(TaskPath).Diagnostics.Where(d => d.Id.StartsWith("TMR2", StringComparison.Ordinal)).ToList();
        vague.ShouldNotBeEmpty();
        vague.ShouldAllBe(d => d.Message.Contains("#2"));
        var subjective = vague.Where(d => d.Id == "TMR2005").Select(d => (d.Location!.Start.Line, d.Location.Start.Column)).ToList();
        subjective.ShouldBe([FormatLint.PositionOf(text, "fast and"), FormatLint.PositionOf(text, "user-friendly")]);
        vague.ShouldAllBe(d => d.Location!.Start.Line == FormatLint.PositionOf(text, "#2").Line);
    }

    [Fact]
    public void A_dependency_naming_no_task_is_TMR4001_at_its_position()
    {
        var text = Task("[task-99]");
        var result = FormatLint.Lint((TaskPath, text), (DonePath, Done));

        var unknown = result.File(TaskPath).Diagnostics.Single(d => d.Id == "TMR4001");
        var (line, column) = FormatLint.PositionOf(text, "task-99");
        (unknown.Location!.Start.Line, unknown.Location.Start.Column).ShouldBe((line, column));
        unknown.Message.ShouldContain("task-99");
    }

    [Fact]
    public void A_dependency_names_a_task_in_any_letter_case_as_Backlog_md_compares_ids()
    {
        var result = FormatLint.Lint((TaskPath, Task("[task-5]")), ("backlog/tasks/task-5 - Session-store.md", Done.Replace("id: task-5", "id: TASK-5", StringComparison.Ordinal)));

        result.File(TaskPath).Diagnostics.ShouldNotContain(d => d.Id.StartsWith("TMR4", StringComparison.Ordinal));
    }

    [Fact]
    public void Near_miss_a_native_dependency_in_another_letter_case_is_TMR4001()
    {
        const string native = "---\nid: WI-AUTH-0007\ntitle: t\nstatus: ready\ndepends_on: [wi-auth-0005]\n---\n";
        const string done = "---\nid: WI-AUTH-0005\ntitle: t\nstatus: done\n---\n";
        var result = FormatLint.Lint(("work-items/a.md", native), ("work-items/b.md", done));

        result.File("work-items/a.md").Diagnostics.ShouldContain(d => d.Id == "TMR4001");
    }

    [Fact]
    public void A_file_name_that_names_another_id_is_TMR0011_at_the_id_and_a_matching_one_is_not()
    {
        var text = Task("[]");
        var wrong = FormatLint.Lint(("backlog/tasks/task-8 - Rate-limit-failed-logins.md", text)).Files.Single();
        var right = FormatLint.Lint((TaskPath, text.Replace("id: task-7", "id: TASK-7"))).Files.Single();

        var disagreement = wrong.Diagnostics.Single(d => d.Id == "TMR0011");
        disagreement.Severity.ShouldBe(DiagnosticSeverity.Error);
        (disagreement.Location!.Start.Line, disagreement.Location.Start.Column).ShouldBe(FormatLint.PositionOf(text, "task-7"));
        right.Diagnostics.ShouldNotContain(d => d.Id == "TMR0011");
    }

    [Fact]
    public void A_malformed_id_names_the_Backlog_md_id_shape()
    {
        var result = FormatLint.Lint((TaskPath, Task("[]").Replace("id: task-7", "id: seven"))).Files.Single();

        var bad = result.Diagnostics.Single(d => d.Id == "TMR0004");
        bad.Message.ShouldContain("task-7.1");
    }

    [Fact]
    public void A_key_Backlog_md_does_not_know_is_still_TMR0005_with_its_Backlog_md_spelling()
    {
        var result = FormatLint.Lint((TaskPath, Task("[]").Replace("dependencies:", "dependancies:"))).Files.Single();

        var unknown = result.Diagnostics.Single(d => d.Id == "TMR0005");
        unknown.Message.ShouldContain("did you mean 'dependencies'");
    }

    [Theory]
    [InlineData("To Do", Model.WorkItemStatus.Ready)]
    [InlineData("In Progress", Model.WorkItemStatus.InProgress)]
    [InlineData("Done", Model.WorkItemStatus.Done)]
    [InlineData("In Review", Model.WorkItemStatus.Review)]
    [InlineData("Waiting for design", Model.WorkItemStatus.InProgress)]
    public void Statuses_map_onto_the_lifecycle_without_a_format_error(string status, Model.WorkItemStatus expected)
    {
        var result = FormatLint.Lint((TaskPath, Task("[]").Replace("status: In Progress", "status: " + status))).Files.Single();

        result.Document.WorkItem!.Status.ShouldBe(expected);
        result.Diagnostics.ShouldNotContain(d => d.Id == "TMR0007");
    }

    [Fact]
    public void Missing_scope_warns_and_says_how_to_write_it_in_a_Backlog_md_task()
    {
        var result = FormatLint.Lint((TaskPath, Task("[]"))).Files.Single();

        var scope = result.Diagnostics.Single(d => d.Id == "TMR1001");
        scope.Severity.ShouldBe(DiagnosticSeverity.Warning);
        scope.Message.ShouldContain("## Scope");
    }

    [Fact]
    public void A_scope_section_in_the_body_is_the_scope_and_its_paths_keep_their_positions()
    {
        var text = Task("[]") + "\n## Scope\n\n- write: `src/auth/login.ts`, tests/auth/login.test.ts\n- read_only: src/\n- forbidden: src/billing/\n- extend_scope: false\n";
        var result = FormatLint.Lint((TaskPath, text)).Files.Single();

        var scope = result.Document.WorkItem!.Scope;
        scope.Write!.Entries.Select(e => e.Text).ShouldBe(["src/auth/login.ts", "tests/auth/login.test.ts"]);
        scope.ExtendScope!.Value.ShouldBe(false);
        result.Diagnostics.ShouldNotContain(d => d.Id.StartsWith("TMR1", StringComparison.Ordinal));
        var entry = scope.Write.Entries[1];
        result.Document.GetLocation(entry.Span).Start.ShouldBe(new Text.LinePosition(FormatLint.PositionOf(text, "tests/auth/login.test.ts").Line, FormatLint.PositionOf(text, "tests/auth/login.test.ts").Column));
    }

    [Fact]
    public void A_scope_section_that_writes_a_top_level_folder_is_reported_at_the_path()
    {
        var text = Task("[]") + "\n## Scope\n\n- write: src/\n- read_only: docs/\n- forbidden: secrets/\n- extend_scope: false\n";
        var result = FormatLint.Lint((TaskPath, text)).Files.Single();

        var broad = result.Diagnostics.Single(d => d.Id == "TMR1004");
        (broad.Location!.Start.Line, broad.Location.Start.Column).ShouldBe(FormatLint.PositionOf(text, "src/\n"));
    }

    [Fact]
    public void A_document_beside_the_tasks_is_no_Work_Item_and_gets_no_diagnostic()
    {
        var document = WorkItemParser.Parse("backlog/docs/doc-1 - Architecture.md", "---\nid: doc-1\ntitle: Architecture\ntype: other\n---\n\nText.\n");

        document.Profile.ShouldBe(FormatProfiles.BacklogMd);
        document.Role.ShouldBe(DocumentRole.Companion);
        document.WorkItem.ShouldBeNull();
        FormatLint.Lint(("backlog/docs/doc-1 - Architecture.md", "---\nid: doc-1\n---\n")).Files.Single().Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void In_a_tasks_folder_a_file_whose_name_carries_no_task_id_is_native_when_its_frontmatter_has_an_id()
    {
        WorkItemParser.Parse("backlog/tasks/login-lockout.md", "---\nid: WI-AUTH-0001\ntitle: Lockout\n---\n").Profile.ShouldBe(FormatProfiles.Native);
        WorkItemParser.Parse("backlog/tasks/task-3 - Lockout.md", "---\nid: task-3\ntitle: Lockout\n---\n").Profile.ShouldBe(FormatProfiles.BacklogMd);
        var readme = WorkItemParser.Parse("backlog/tasks/README.md", "# Tasks\n\nHow we write them.\n");
        readme.Profile.ShouldBe(FormatProfiles.BacklogMd);
        readme.Role.ShouldBe(DocumentRole.Companion);
    }

    [Fact]
    public void A_native_Work_Item_under_a_backlog_folder_with_another_file_name_stays_native()
    {
        WorkItemParser.Parse("work-items/backlog/login.md", "---\nid: WI-0001\n---\n").Profile.ShouldBe(FormatProfiles.Native);
        WorkItemParser.Parse("work-items/login.md", "---\nid: WI-0001\n---\n").Profile.ShouldBe(FormatProfiles.Native);
    }

    private const string Unnumbered = """
        ---
        id: task-7
        title: Rate-limit failed logins
        status: To Do
        dependencies: []
        ---

        ## Acceptance Criteria
        <!-- AC:BEGIN -->
        - [ ] #1 POST /login with a wrong password returns 401
        - [ ] The 6th failed attempt within 60 s returns 429 with a Retry-After header
        - [x] #2 GET /health responds with 200
        - [ ] A locked account's login returns 423
        <!-- AC:END -->

        ## Definition of Done
        <!-- DOD:BEGIN -->
        - [ ] #1 Tests pass
        <!-- DOD:END -->
        """;

    [Fact]
    public void Numbering_criteria_writes_Backlog_md_numbers_in_place_between_the_AC_markers()
    {
        var result = FormatLint.Lint((TaskPath, Unnumbered)).Files.Single();

        var missing = result.Diagnostics.Single(d => d.Id == "TMR2006");
        missing.Message.ShouldContain("number them #1, #2");
        (missing.Location!.Start.Line, missing.Location.Start.Column).ShouldBe(FormatLint.PositionOf(Unnumbered, "[ ] The 6th"));
        var fix = missing.Fixes.ShouldHaveSingleItem();
        fix.Kind.ShouldBe(FixKind.Safe);
        var fixedText = Fixes.FixApplier.ApplyEdits(Unnumbered, fix.Edits);

        fixedText.ShouldBe(Unnumbered
            .Replace("- [ ] The 6th", "- [ ] #3 The 6th")
            .Replace("- [ ] A locked", "- [ ] #4 A locked"));
        var again = FormatLint.Lint((TaskPath, fixedText)).Files.Single();
        again.Document.WorkItem!.AcceptanceCriteria.Items.Select(c => c.Id).ShouldBe(["#1", "#3", "#2", "#4"]);
        again.Diagnostics.ShouldNotContain(d => d.Id == "TMR2006");
    }

    [Fact]
    public void A_repeated_number_is_replaced_by_a_free_Backlog_md_number()
    {
        var text = Unnumbered.Replace("- [ ] The 6th", "- [ ] #1 The 6th").Replace("- [ ] A locked", "- [ ] #4 A locked");
        var result = FormatLint.Lint((TaskPath, text)).Files.Single();

        var repeated = result.Diagnostics.Single(d => d.Id == "TMR2006");
        (repeated.Location!.Start.Line, repeated.Location.Start.Column).ShouldBe(FormatLint.PositionOf(text, "#1 The 6th"));
        Fixes.FixApplier.ApplyEdits(text, repeated.Fixes.Single().Edits).ShouldBe(text.Replace("#1 The 6th", "#3 The 6th"));
    }

    [Fact]
    public void Near_miss_the_same_criteria_in_a_native_Work_Item_are_numbered_AC_n()
    {
        const string native = "---\nid: WI-AUTH-0007\ntitle: Rate-limit failed logins\nstatus: ready\n---\n\n## Acceptance criteria\n\n- AC-1: POST /login with a wrong password returns 401\n- The 6th failed attempt within 60 s returns 429\n";
        var result = FormatLint.Lint(("work-items/login.md", native)).Files.Single();

        var missing = result.Diagnostics.Single(d => d.Id == "TMR2006");
        missing.Message.ShouldContain("number them AC-1, AC-2");
        Fixes.FixApplier.ApplyEdits(native, missing.Fixes.Single().Edits).ShouldEndWith("- AC-2: The 6th failed attempt within 60 s returns 429\n");
    }

    [Fact]
    public void Fixes_that_would_write_native_keys_into_a_task_are_not_offered()
    {
        var text = Task("[]") + "\n## Scope\n\n- write: src/auth/login.ts\n- read_only: docs/\n- forbidden: secrets/\n- extend_scope: true\n";
        var result = FormatLint.Lint((TaskPath, text)).Files.Single();

        var extend = result.Diagnostics.Single(d => d.Id == "TMR1005");
        extend.Fixes.ShouldBeEmpty();
        (extend.Location!.Start.Line, extend.Location.Start.Column).ShouldBe(FormatLint.PositionOf(text, "true"));
    }
}
