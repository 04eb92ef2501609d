using Tamer.Spec.Diagnostics;
using Tamer.Spec.Formats;
using Tamer.Spec.Parsing;

namespace Tamer.Spec.Rules.Tests.Formats;

/// <summary>Kiro specs: requirement numbers as criterion ids, EARS criteria judged as criteria, task links checked.</summary>
public sealed class KiroProfileTests
{
    private const string Requirements = ".kiro/specs/login-lockout/requirements.md";
    private const string Tasks = ".kiro/specs/login-lockout/tasks.md";

    private const string RequirementsText = """
        # Requirements Document

        ## Introduction

        Lock an account after repeated failed logins.

        ## Requirements

        ### Requirement 1: Lockout

        **User Story:** As an account owner, I want guessing stopped, so that my password stays mine.

        #### Acceptance Criteria

        1. WHEN a login fails for the 5th time within 60 seconds THEN the system SHALL respond with 429 and a Retry-After header
        2. WHEN a locked account logs in THEN the system SHALL answer quickly

        ### Requirement 2: Unlock

        #### Acceptance Criteria

        1. WHEN a support agent posts to /accounts/42/unlock THEN the system SHALL clear the failure counter and respond with 204
        """;

    private const string TasksText = """
        # Implementation Plan

        - [ ] 1. Count failed logins
          - _Requirements: 1.1, 1.2_
        - [ ] 2. Unlock endpoint
          - [ ] 2.1 Add the route
            - _Requirements: 2.1, 4.2_
        """;

    [Fact]
    public void Requirement_numbers_are_the_criterion_ids()
    {
        var document = WorkItemParser.Parse(Requirements, RequirementsText);

        document.Profile.ShouldBe(FormatProfiles.Kiro);
        document.Id.ShouldBe("login-lockout");
        document.WorkItem!.Title!.Value.ShouldBe("login-lockout");
        document.WorkItem.AcceptanceCriteria.Items.Select(c => c.Id).ShouldBe(["1.1", "1.2", "2.1"]);
        var second = document.WorkItem.AcceptanceCriteria.Items[1];
        document.GetLocation(second.Text.Span).Start.ShouldBe(Position(RequirementsText, "WHEN a locked account"));
    }

    [Fact]
    public void A_subjective_EARS_outcome_is_reported_at_its_word_and_a_concrete_one_is_not()
    {
        var result = FormatLint.Lint((Requirements, RequirementsText), (Tasks, TasksText));

        var diagnostics = result.File(Requirements).Diagnostics.Where(d => d.Id.StartsWith("TMR2", StringComparison.Ordinal)).ToList();
        var subjective = diagnostics.Single(d => d.Id == "TMR2005");
        subjective.Location!.Start.ShouldBe(Position(RequirementsText, "quickly"));
        subjective.Message.ShouldContain("1.2");
        diagnostics.ShouldAllBe(d => d.Message.Contains("1.2"), "only the subjective criterion is reported");
    }

    [Theory]
    [InlineData("THEN the system SHALL answer quickly")]
    [InlineData("THEN the system SHALL respond with 423 and the unlock time")]
    [InlineData("THEN the system SHALL respond quickly")]
    public void An_EARS_criterion_gets_the_same_acceptance_findings_as_the_same_criterion_in_a_native_Work_Item(string outcome)
    {
        var criterion = "WHEN a locked account logs in " + outcome;
        var kiro = "# Requirements Document\n\n### Requirement 1\n\n#### Acceptance Criteria\n\n1. WHEN a login fails for the 5th time THEN the system SHALL respond with 429\n2. " + criterion + "\n";
        var native = "---\nid: WI-LOCK-0001\ntitle: Lockout\nacceptance_criteria:\n  - \"AC-1: WHEN a login fails for the 5th time THEN the system SHALL respond with 429\"\n  - \"AC-2: " + criterion + "\"\n---\n";
        var result = FormatLint.Lint((Requirements, kiro), ("work-items/lockout.md", native));

        string[] Findings(string path) => result.File(path).Diagnostics.Where(d => d.Id.StartsWith("TMR2", StringComparison.Ordinal)).Select(d => d.Id + " " + d.Message.Replace("criterion 1.2", "criterion #2").Replace("criterion AC-2", "criterion #2").Replace("criterion #2", "criterion #2")).ToArray();
        Findings(Requirements).ShouldBe(Findings("work-items/lockout.md"));
    }

    [Fact]
    public void A_task_linking_a_requirement_that_does_not_exist_is_TMR0012_at_the_number()
    {
        var result = FormatLint.Lint((Requirements, RequirementsText), (Tasks, TasksText));

        var tasks = result.File(Tasks);
        tasks.Document.Role.ShouldBe(DocumentRole.Companion);
        var dangling = tasks.Diagnostics.ShouldHaveSingleItem();
        dangling.Id.ShouldBe("TMR0012");
        dangling.Severity.ShouldBe(DiagnosticSeverity.Error);
        dangling.Location!.Start.ShouldBe(Position(TasksText, "4.2"));
        dangling.Message.ShouldBe("task 2.1 links to requirement 4.2, which requirements.md does not have (its requirements are 1, 2)");
    }

    [Fact]
    public void Links_are_not_judged_without_the_features_requirements()
    {
        var result = FormatLint.Lint((Tasks, TasksText), (".kiro/specs/other/requirements.md", RequirementsText));

        result.File(Tasks).Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void A_design_file_belongs_to_the_feature_and_gets_no_diagnostic()
    {
        var result = FormatLint.Lint((".kiro/specs/login-lockout/design.md", "# Design\n\n## Components\n\n- src/auth/lockout.ts\n"));

        result.Files.Single().Diagnostics.ShouldBeEmpty();
        result.Files.Single().Document.Role.ShouldBe(DocumentRole.Companion);
    }

    [Fact]
    public void A_file_that_opens_a_frontmatter_in_a_Kiro_folder_stays_native()
    {
        WorkItemParser.Parse(Requirements, "---\nid: WI-0001\n---\n").Profile.ShouldBe(FormatProfiles.Native);
    }

    private static Text.LinePosition Position(string text, string needle)
    {
        var (line, column) = FormatLint.PositionOf(text, needle);
        return new Text.LinePosition(line, column);
    }
}
