using Tamer.Spec.Diagnostics;
using Tamer.Spec.Formats;
using Tamer.Spec.Parsing;

namespace Tamer.Spec.Rules.Tests.Formats;

/// <summary>Spec Kit features: scenarios and FR-/SC- items as criteria, open questions, parallel tasks that share a file.</summary>
public sealed class SpecKitProfileTests
{
    private const string Spec = "specs/001-login-lockout/spec.md";
    private const string Tasks = "specs/001-login-lockout/tasks.md";

    private static string SpecText(string status) => $"""
        # Feature Specification: Login lockout

        **Feature Branch**: `001-login-lockout`
        **Status**: {status}

        ## User Scenarios & Testing

        ### User Story 1 - Lock out guessing (Priority: P1)

        **Acceptance Scenarios**:

        1. **Given** an account with 4 failed logins in the last minute, **When** a 5th login fails, **Then** the response is 429 with a Retry-After header
        2. **Given** a locked account, **When** its owner logs in, **Then** the owner sees a helpful error

        ## Requirements

        - **FR-001**: System MUST count failed logins per account and respond with 429 after the 5th
        - **FR-002**: System MUST notify the owner via [NEEDS CLARIFICATION: e-mail or SMS?]

        ## Success Criteria

        - **SC-001**: 99% of lockout responses return within 200 ms
        """;

    private const string TasksText = """
        # Tasks: Login lockout

        ## Phase 1: Setup

        - [ ] T001 [P] Add the failure counter table in db/migrations/0007_failures.sql
        - [ ] T002 [P] Configure Next.js and the lockout window in config/lockout.yml

        ## Phase 2: User Story 1

        - [ ] T003 [P] [US1] Count failures in src/auth/login.ts
        - [ ] T004 [P] [US1] Answer 429 from `src/auth/login.ts` once locked (see v2.0)
        - [ ] T005 [US1] Log the lockout in src/auth/login.ts
        - [ ] T006 [P] [US1] Show the lockout page in src/pages/locked.tsx
        """;

    [Fact]
    public void Scenarios_and_requirements_are_criteria_with_their_ids()
    {
        var document = WorkItemParser.Parse(Spec, SpecText("Ready"));

        document.Profile.ShouldBe(FormatProfiles.SpecKit);
        document.Id.ShouldBe("001-login-lockout");
        document.WorkItem!.Title!.Value.ShouldBe("Login lockout");
        document.WorkItem.Status.ShouldBe(Model.WorkItemStatus.Ready);
        document.WorkItem.AcceptanceCriteria.Items.Select(c => c.Id).ShouldBe(["US1.1", "US1.2", "FR-001", "FR-002", "SC-001"]);
        var fr = document.WorkItem.AcceptanceCriteria.Items[2];
        fr.Text.Value.ShouldStartWith("System MUST count");
        document.GetLocation(fr.IdSpan!.Value).Start.ShouldBe(Position(SpecText("Ready"), "FR-001"));
    }

    [Fact]
    public void Requirements_in_a_table_and_items_of_a_criteria_section_without_ids_are_criteria_too()
    {
        const string text = """
            # Feature: Architecture document

            ## 2. User Scenarios & Testing

            ### Acceptance Criteria

            - The document lists every HTTP endpoint of the backend
              with its method and path
            - The document is easy to read
              - a nested note is no criterion

            ## 3. Functional Requirements

            | ID | Requirement |
            |---|---|
            | FR-1 | The document must be a Markdown file under docs/ |
            | **FR-2** | The document must be easy to find |

            ## 4. Success Criteria

            - New developers run the application using only the document and README.md
            """;
        var result = FormatLint.Lint(("specs/004-architecture/spec.md", text)).Files.Single();

        var criteria = result.Document.WorkItem!.AcceptanceCriteria.Items;
        criteria.Select(c => c.Id).ShouldBe([null, null, "FR-1", "FR-2", null]);
        criteria[0].Text.Value.ShouldBe("The document lists every HTTP endpoint of the backend with its method and path");
        criteria[3].Text.Value.ShouldBe("The document must be easy to find");
        result.Document.GetLocation(criteria[3].IdSpan!.Value).Start.ShouldBe(Position(text, "FR-2"));
        result.Diagnostics.ShouldNotContain(d => d.Id == "TMR2001");
        var easy = result.Diagnostics.Where(d => d.Id == "TMR2005").Select(d => (d.Location!.Start, d.Message)).ToList();
        easy.ShouldContain((Position(text, "easy to read"), "criterion #2: 'easy' is subjective: a tester cannot decide it; say what a tester would measure"));
        easy.ShouldContain(e => e.Start == Position(text, "easy to find") && e.Message.StartsWith("criterion FR-2: 'easy'", StringComparison.Ordinal));
    }

    [Fact]
    public void Near_miss_items_of_other_sections_and_rows_without_a_requirement_id_are_no_criteria()
    {
        const string text = "# Feature: X\n\n## Assumptions\n\n- The team keeps FastAPI\n\n| ID | Note |\n|---|---|\n| A-1 | Nothing to test |\n";
        var result = FormatLint.Lint(("specs/005-x/spec.md", text)).Files.Single();

        result.Document.WorkItem!.AcceptanceCriteria.Items.ShouldBeEmpty();
        result.Diagnostics.ShouldContain(d => d.Id == "TMR2001");
    }

    [Fact]
    public void A_vague_scenario_is_reported_at_its_word_as_its_criterion()
    {
        var text = SpecText("Ready");
        var result = FormatLint.Lint((Spec, text), (Tasks, TasksText));

        var fast = result.File(Spec).Diagnostics.Single(d => d.Id == "TMR2005");
        fast.Location!.Start.ShouldBe(Position(text, "helpful"));
        fast.Message.ShouldContain("criterion US1.2");
    }

    [Fact]
    public void Two_parallel_tasks_of_a_phase_writing_the_same_file_are_TMR0013_naming_both()
    {
        var result = FormatLint.Lint((Spec, SpecText("Ready")), (Tasks, TasksText));

        var tasks = result.File(Tasks);
        tasks.Document.Role.ShouldBe(DocumentRole.Companion);
        var conflict = tasks.Diagnostics.ShouldHaveSingleItem();
        conflict.Id.ShouldBe("TMR0013");
        conflict.Severity.ShouldBe(DiagnosticSeverity.Error);
        conflict.Message.ShouldBe("tasks T003 and T004 are both marked [P] (parallel) and both write 'src/auth/login.ts'; drop [P] from one of them or split the file");
        conflict.Location!.Start.ShouldBe(Position(TasksText, "src/auth/login.ts` once"));
    }

    [Theory]
    [InlineData("- [ ] T010 [P] Edit src/a.ts\n- [ ] T011 Edit src/a.ts\n")]
    [InlineData("- [ ] T010 [P] Edit src/a.ts\n\n## Phase 3\n\n- [ ] T011 [P] Edit src/a.ts\n")]
    [InlineData("- [ ] T010 [P] Set up Node.js and e.g. v1.2\n- [ ] T011 [P] Document Node.js and e.g. v1.2\n")]
    [InlineData("- [ ] T010 [P] Call GET /api/sessions/[id]\n- [ ] T011 [P] Call GET /api/sessions/[id]\n")]
    public void Tasks_that_may_not_run_at_once_or_name_no_file_are_no_conflict(string tasks)
    {
        var result = FormatLint.Lint((Tasks, "# Tasks\n\n## Phase 2\n\n" + tasks));

        result.File(Tasks).Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void An_open_question_in_a_ready_feature_is_a_warning_at_the_marker()
    {
        var text = SpecText("Ready");
        var result = FormatLint.Lint((Spec, text));

        var question = result.File(Spec).Diagnostics.Single(d => d.Id == "TMR0014");
        question.Severity.ShouldBe(DiagnosticSeverity.Warning);
        question.Location!.Start.ShouldBe(Position(text, "[NEEDS CLARIFICATION"));
        question.Message.ShouldBe("open question in a 'ready' Work Item: 'e-mail or SMS?'; answer it before the work starts");
    }

    [Fact]
    public void An_open_question_in_a_draft_is_an_info_and_none_in_code_is_reported()
    {
        var text = SpecText("Draft") + "\n```\n[NEEDS CLARIFICATION: a template line]\n```\n";
        var result = FormatLint.Lint((Spec, text));

        result.File(Spec).Diagnostics.Where(d => d.Id == "TMR0014").ShouldHaveSingleItem().Severity.ShouldBe(DiagnosticSeverity.Info);
    }

    [Fact]
    public void Other_files_of_the_feature_belong_to_it_and_get_no_diagnostic()
    {
        var result = FormatLint.Lint(("specs/001-login-lockout/plan.md", "# Plan\n\nNo frontmatter here.\n"), ("specs/001-login-lockout/contracts/api.md", "# API\n"));

        result.Files.ShouldAllBe(f => f.Diagnostics.Count == 0 && f.Document.Role == DocumentRole.Companion);
    }

    [Fact]
    public void A_specs_folder_that_is_no_feature_folder_stays_native()
    {
        WorkItemParser.Parse("specs/login/spec.md", "# Login\n").Profile.ShouldBe(FormatProfiles.Native);
        WorkItemParser.Parse(Spec, "---\nid: WI-0001\n---\n").Profile.ShouldBe(FormatProfiles.Native);
    }

    private static Text.LinePosition Position(string text, string needle)
    {
        var (line, column) = FormatLint.PositionOf(text, needle);
        return new Text.LinePosition(line, column);
    }
}
