using Tamer.Spec.Diagnostics;

namespace Tamer.Spec.Rules.Tests.Formats;

/// <summary>
/// Each profile's defaults for the axes its format has no place for: a missing scope warns
/// rather than refuses, and the message ends with how to write the part in the format's own idiom;
/// a native Work Item keeps the rules' own severities and messages.
/// </summary>
public sealed class ProfileDefaultsTests
{
    private const string Backlog = "---\nid: task-7\ntitle: Health check\nstatus: To Do\ndependencies: []\n---\n\n## Acceptance Criteria\n<!-- AC:BEGIN -->\n- [ ] #1 GET /health responds with 200\n<!-- AC:END -->\n";

    private const string SpecKit = "# Feature Specification: Health check\n\n**Status**: Ready\n\n## Requirements\n\n- **FR-001**: GET /health MUST respond with 200\n";

    private const string Kiro = "# Requirements Document\n\n### Requirement 1\n\n#### Acceptance Criteria\n\n1. WHEN a client calls GET /health THEN the system SHALL respond with 200\n";

    private const string Native = "---\nid: WI-OPS-0001\ntitle: Health check\nstatus: ready\nacceptance_criteria:\n  - \"AC-1: GET /health responds with 200\"\n---\n";

    public static TheoryData<string, string, string> Formats => new()
    {
        { "backlog/tasks/task-7 - Health-check.md", Backlog, "in a Backlog.md task, write the scope" },
        { "specs/001-health/spec.md", SpecKit, "in a Spec Kit feature, add a '## Scope' section" },
        { ".kiro/specs/health/requirements.md", Kiro, "in a Kiro spec, add a '## Scope' section" },
    };

    [Theory]
    [MemberData(nameof(Formats))]
    public void A_missing_scope_warns_at_line_1_and_says_how_to_write_it_in_the_format(string path, string text, string idiom)
    {
        var scope = FormatLint.Lint((path, text)).Files.Single().Diagnostics.Single(d => d.Id == "TMR1001");

        scope.Severity.ShouldBe(DiagnosticSeverity.Warning);
        (scope.Location!.Start.Line, scope.Location.Start.Column).ShouldBe((1, 1));
        scope.Message.ShouldStartWith("'scope' is missing; list the paths the change may write, may read and must not touch; " + idiom);
    }

    [Fact]
    public void Near_miss_a_native_Work_Item_without_a_scope_is_refused_with_the_rules_own_message()
    {
        var scope = FormatLint.Lint(("work-items/health.md", Native)).Files.Single().Diagnostics.Single(d => d.Id == "TMR1001");

        scope.Severity.ShouldBe(DiagnosticSeverity.Error);
        scope.Message.ShouldBe("'scope' is missing; list the paths the change may write, may read and must not touch");
    }

    [Fact]
    public void A_configured_severity_still_wins_over_the_profiles_default()
    {
        var configuration = Configuration.ConfigurationParser.Parse(".tamer.yml", "severity:\n  TMR1001: error\n").Configuration;
        var documents = new[] { Parsing.WorkItemParser.Parse("specs/001-health/spec.md", SpecKit) };

        var result = AxisPacks.Engine().Lint(new Workspace.WorkItemWorkspace(documents), new Engine.LintOptions { Configuration = configuration });

        result.Files.Single().Diagnostics.Single(d => d.Id == "TMR1001").Severity.ShouldBe(DiagnosticSeverity.Error);
    }

    [Fact]
    public void A_broad_scope_section_without_a_place_for_invariants_says_to_narrow_it()
    {
        var text = SpecKit + "\n## Scope\n\n- write: src/health/\n- read_only: docs/\n- forbidden: secrets/\n- extend_scope: false\n";
        var broad = FormatLint.Lint(("specs/001-health/spec.md", text)).Files.Single().Diagnostics.Single(d => d.Id == "TMR3001");

        (broad.Location!.Start.Line, broad.Location.Start.Column).ShouldBe(FormatLint.PositionOf(text, "src/health/"));
        broad.Message.ShouldEndWith("; a Spec Kit feature has no place for invariants, so narrow the '## Scope' section's write list instead (files rather than folders or globs)");
    }

    [Fact]
    public void Without_a_place_for_an_estimate_TMR5003_says_the_size_checks_do_not_run()
    {
        var estimate = FormatLint.Lint((".kiro/specs/health/requirements.md", Kiro)).Files.Single().Diagnostics.Single(d => d.Id == "TMR5003");

        estimate.Severity.ShouldBe(DiagnosticSeverity.Info);
        estimate.Message.ShouldEndWith("; a Kiro spec has no place for an estimate, so the checks that depend on the change's size (TMR5001, TMR5002) do not run");
    }
}
