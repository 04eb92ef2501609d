namespace Tamer.Spec.Analyzers.Tests.Harness;

/// <summary>The harness cases beside the packs' fixture folders: configuration problems and the claims of tests.</summary>
internal static class HarnessCases
{
    private const string Satisfies = """
        namespace Tamer.Spec
        {
            [global::System.AttributeUsage(global::System.AttributeTargets.Method | global::System.AttributeTargets.Class, AllowMultiple = true)]
            internal sealed class SatisfiesAttribute : global::System.Attribute
            {
                public SatisfiesAttribute(string workItemId, params string[] criteria) { }
            }
        }
        """;

    public static IReadOnlyList<HarnessCase> All { get; } =
    [
        new(
            "a Work Item refused by the format rule and the scope rule",
            [new("work-items/settings.md", "WorkItemCandidate", "---\nid: WI-UI-0007\ntitle: Move the settings form\nstatus: {|TMR0007:doing|}\n{|TMR1002:scope|}: [src/ui/settings.tsx]\nacceptance_criteria:\n  - \"AC-1: GET /settings renders the form with the fields name and email\"\nestimate: { diff_lines: 30 }\n---\n")],
            []),
        new(
            "Backlog.md, Kiro and Spec Kit files, each read by its format's profile from its path",
            [
                new(".tamer.yml", "Configuration", "include: [\"backlog/**/*.md\", \"specs/**/*.md\", \".kiro/specs/**/*.md\"]\nrules:\n  scope: off\n  acceptance: off\n  invariants: off\n  dependencies: off\n  non-goals: off\n  traceability: off\n"),
                new("backlog/tasks/task-8 - Health-check.md", "WorkItemCandidate", "---\nid: {|TMR0011:task-7|}\ntitle: Health check\nstatus: To Do\ndependencies: []\n---\n\n## Acceptance Criteria\n<!-- AC:BEGIN -->\n- [ ] #1 GET /health responds with 200\n<!-- AC:END -->\n"),
                // A hidden folder is never searched: Kiro's files reach the analyzer declared as Work Items.
                new(".kiro/specs/lockout/requirements.md", "WorkItem", "# Requirements Document\n\n### Requirement 1\n\n#### Acceptance Criteria\n\n1. WHEN a login fails for the 5th time THEN the system SHALL respond with 429\n"),
                new(".kiro/specs/lockout/tasks.md", "WorkItem", "# Implementation Plan\n\n- [ ] 1. Count failed logins\n  - _Requirements: 1.1, {|TMR0012:4.2|}_\n"),
                new("specs/001-lockout/spec.md", "WorkItemCandidate", "# Feature Specification: Lockout\n\n**Status**: Ready\n\n## Requirements\n\n- **FR-001**: System MUST notify the owner via {|TMR0014:[NEEDS CLARIFICATION: e-mail or SMS?]|}\n"),
                new("specs/001-lockout/tasks.md", "WorkItemCandidate", "# Tasks\n\n## Phase 1\n\n- [ ] T001 [P] Count failures in src/auth/login.ts\n- [ ] T002 [P] Answer 429 from {|TMR0013:src/auth/login.ts|}\n"),
            ],
            []),
        new(
            "an unknown key in .tamer.yml",
            [new(".tamer.yml", "Configuration", "{|TMR9001:rulez|}:\n  scope: off\n"), new("work-items/settings.md", "WorkItemCandidate", Fixtures.Read("session-store.md"))],
            []),
        new(
            "a pinned range no rule version matches",
            [new(".tamer.yml", "Configuration", "rules:\n  {|TMR9002:scope|}: \"[9.0]\"\n"), new("work-items/settings.md", "WorkItemCandidate", Fixtures.Read("session-store.md"))],
            []),
        new(
            "claims of unknown Work Items and criteria, and a finished criterion no test claims",
            [
                new(".tamer.yml", "Configuration", "severity:\n  TMR6003: warning\n"),
                new("work-items/login-rate-limit.md", "WorkItemCandidate", Fixtures.Read("login-rate-limit.md")),
                new("src/Satisfies.cs", null, Satisfies),
                new("tests/LoginTests.cs", null, """
                    using Tamer.Spec;

                    public sealed class LoginTests
                    {
                        [Satisfies("WI-AUTH-0042", "AC-1", {|TMR6002:"AC-9"|})]
                        public void Counts() { }

                        [Satisfies({|TMR6001:"WI-NOPE-0001"|}, "AC-1")]
                        public void Resets() { }

                        [Satisfies("WI-AUTH-0042", "AC-3")]
                        public void Clears() { }
                    }
                    """),
            ],
            [new("TMR6003", "work-items/login-rate-limit.md", Fixtures.Find(Fixtures.Read("login-rate-limit.md"), "AC-2:").Line, Fixtures.Find(Fixtures.Read("login-rate-limit.md"), "AC-2:").Column)]),
        new(
            "a manual criterion that does not say how a person checks it, beside one that does",
            [new("work-items/invoice.md", "WorkItemCandidate", "---\nid: WI-PAY-0003\ntitle: Print the invoice\nstatus: ready\nscope:\n  write: [src/pay/print.ts]\n  read_only: [src/pay/]\n  forbidden: [src/auth/]\n  extend_scope: false\nacceptance_criteria:\n  - id: AC-1\n    text: the printed invoice matches templates/invoice-v4.pdf\n    {|TMR6007:manual|}: true\n  - id: AC-2\n    text: the printed total equals the sum of the lines\n    manual: true\n    verify: a reviewer prints invoice 1042 and adds its lines by hand\ninvariants:\n  - \"totals are computed in cents\": \"rounding drifts if violated\"\nnon_goals: [e-mailing invoices]\nestimate: { diff_lines: 30, files: 1 }\n---\n")],
            []),
    ];
}
