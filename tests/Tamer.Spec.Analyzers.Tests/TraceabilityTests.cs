using Microsoft.CodeAnalysis;

namespace Tamer.Spec.Analyzers.Tests;

/// <summary>
/// [Satisfies] in a test project: the generator adds the attribute, the analyzer checks each
/// claim against the project's Work Items (TMR6001 on the Work Item argument, TMR6002 on the
/// criterion argument) and, when a project turns it on, reports the criteria of finished Work
/// Items that no test claims at their line in the Work Item (TMR6003).
/// Stays on <see cref="TestProject"/>: the [Satisfies] attribute comes from the generator, which the
/// standard analyzer harness does not run (it is covered there with the attribute written out, in
/// Harness/HarnessCases), and the messages with their suggestions are the subject here.
/// </summary>
public sealed class TraceabilityTests
{
    private const string Root = "/repo";

    private static TestProject Project(string tests, string? configuration = null)
    {
        var project = new TestProject(Root).AsTestProject()
            .WorkItem("work-items/login-rate-limit.md", Fixtures.Read("login-rate-limit.md"))
            .WorkItem("work-items/session-store.md", Fixtures.Read("session-store.md"))
            .Source("tests/LoginTests.cs", tests);
        return configuration is null ? project : project.Configuration(configuration);
    }

    private static string Tests(string attributes) => $$"""
        using Tamer.Spec;

        namespace Auth.Tests;

        public sealed class LoginTests
        {
            {{attributes}}
            public void Test()
            {
            }
        }
        """;

    private static async Task<List<Located>> Traceability(TestProject project) =>
        (await project.AnalyzeAsync()).Where(d => d.Id.StartsWith("TMR6", StringComparison.Ordinal)).Select(d => Located.From(d, Root)).ToList();

    [Fact]
    public async Task A_criterion_the_Work_Item_does_not_have_is_TMR6002_on_its_argument()
    {
        var source = Tests("""[Satisfies("WI-AUTH-0042", "AC-9")]""");

        var found = await Traceability(Project(source));

        var (line, column) = Fixtures.Find(source, "\"AC-9\"");
        found.ShouldBe([new Located("TMR6002", "tests/LoginTests.cs", line, column, DiagnosticSeverity.Error, "[Satisfies] names criterion 'AC-9', which Work Item WI-AUTH-0042 does not have; did you mean 'AC-1'?")]);
    }

    [Fact]
    public async Task A_Work_Item_the_project_does_not_have_is_TMR6001_on_its_argument()
    {
        var source = Tests("""[Satisfies("WI-NOPE-0001", "AC-1")]""");

        var found = await Traceability(Project(source));

        var (line, column) = Fixtures.Find(source, "\"WI-NOPE-0001\"");
        found.ShouldBe([new Located("TMR6001", "tests/LoginTests.cs", line, column, DiagnosticSeverity.Error, "[Satisfies] names Work Item 'WI-NOPE-0001', which no Work Item file of the project declares")]);
    }

    [Fact]
    public async Task A_near_miss_of_a_Work_Item_id_is_named_in_the_message()
    {
        var found = await Traceability(Project(Tests("""[Satisfies("WI-AUTH-0024", "AC-1")]""")));

        found.Single().Message.ShouldEndWith("; did you mean 'WI-AUTH-0042'?");
    }

    [Fact]
    public async Task Claims_that_name_what_exists_are_silent_whatever_the_way_they_are_written()
    {
        const string source = """
            using Tamer.Spec;
            using Claim = Tamer.Spec.SatisfiesAttribute;

            namespace Auth.Tests;

            [Satisfies("WI-AUTH-0043", "AC-1")]
            public sealed class LoginTests
            {
                private const string LoginItem = "WI-AUTH-0042";

                [Satisfies(LoginItem, "AC-1", "AC-2")]
                public void Counts() { }

                [Tamer.Spec.Satisfies("WI-AUTH-0042", criterion: "AC-3")]
                public void Resets() { }

                [Claim("WI-AUTH-0042", "AC-1", new[] { "AC-2", "AC-3" })]
                public void All() { }
            }
            """;

        (await Traceability(Project(source, "severity: { TMR6003: warning }\n"))).ShouldBeEmpty();
    }

    [Fact]
    public async Task With_TMR6003_on_a_done_Work_Item_whose_AC_2_no_test_claims_is_reported_at_that_criterion()
    {
        var workItem = Fixtures.Read("login-rate-limit.md");
        var source = Tests("""[Satisfies("WI-AUTH-0042", "AC-1", "AC-3")]""");

        var found = await Traceability(Project(source, "severity:\n  TMR6003: warning\n"));

        var (line, column) = Fixtures.Find(workItem, "AC-2:");
        found.ShouldBe([new Located("TMR6003", "work-items/login-rate-limit.md", line, column, DiagnosticSeverity.Warning, "AC-2 of WI-AUTH-0042 is 'done' but no test claims it; mark the test that proves it with [Satisfies(\"WI-AUTH-0042\", \"AC-2\")]")]);
    }

    [Fact]
    public async Task TMR6003_is_off_unless_a_project_turns_it_on()
    {
        (await Traceability(Project(Tests("""[Satisfies("WI-AUTH-0042", "AC-1")]""")))).ShouldBeEmpty();
    }

    [Fact]
    public async Task TMR6003_can_be_turned_on_by_the_compilation_options_as_a_globalconfig_does()
    {
        var project = Project(Tests("""[Satisfies("WI-AUTH-0042", "AC-1", "AC-3")]""")).CompilationSeverity("TMR6003", ReportDiagnostic.Warn);

        var found = await Traceability(project);

        found.Select(d => (d.Id, d.Line, d.Severity)).ShouldBe([("TMR6003", Fixtures.Find(Fixtures.Read("login-rate-limit.md"), "AC-2:").Line, DiagnosticSeverity.Warning)]);
    }

    [Fact]
    public async Task TMR6003_can_be_turned_on_for_one_folder_of_Work_Items_by_its_editorconfig_section()
    {
        var project = Project(Tests("""[Satisfies("WI-AUTH-0042", "AC-1", "AC-3")]"""))
            .FileOption("work-items/login-rate-limit.md", "tamer_diagnostic.TMR6003.severity", "error");

        var found = await Traceability(project);

        found.Select(d => (d.Id, d.File, d.Severity)).ShouldBe([("TMR6003", "work-items/login-rate-limit.md", DiagnosticSeverity.Error)]);
    }

    [Fact]
    public async Task Work_Items_that_are_not_finished_need_no_claim()
    {
        // WI-AUTH-0043 is in progress: its AC-1 is unclaimed and that is fine.
        var found = await Traceability(Project(Tests("""[Satisfies("WI-AUTH-0042", "AC-1", "AC-2", "AC-3")]"""), "severity: { TMR6003: info }\n"));

        found.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_project_without_the_attribute_is_not_checked_for_claims()
    {
        var project = new TestProject(Root)
            .WorkItem("work-items/login-rate-limit.md", Fixtures.Read("login-rate-limit.md"))
            .Configuration("severity: { TMR6003: warning }\n")
            .Source("src/Login.cs", "namespace Auth;\n\npublic static class Login { }\n");

        (await Traceability(project)).ShouldBeEmpty();
    }

    [Fact]
    public async Task The_generator_adds_the_attribute_to_test_projects_only_unless_told()
    {
        static bool Declares(TestProject project) => project.Compile().GetTypeByMetadataName("Tamer.Spec.SatisfiesAttribute") is not null;

        Declares(new TestProject(Root).AsTestProject()).ShouldBeTrue();
        Declares(new TestProject(Root)).ShouldBeFalse();
        Declares(new TestProject(Root).Global("build_property.TamerSatisfiesAttribute", "true")).ShouldBeTrue();
        Declares(new TestProject(Root).AsTestProject().Global("build_property.TamerSatisfiesAttribute", "false")).ShouldBeFalse();
    }

    [Fact]
    public async Task A_project_that_declares_the_attribute_itself_keeps_its_own()
    {
        var project = Project("""
            namespace Tamer.Spec
            {
                [System.AttributeUsage(System.AttributeTargets.Method, AllowMultiple = true)]
                internal sealed class SatisfiesAttribute(string workItem, params string[] criteria) : System.Attribute
                {
                    public string WorkItem { get; } = workItem;

                    public string[] Criteria { get; } = criteria;
                }
            }

            namespace Auth.Tests
            {
                public sealed class LoginTests
                {
                    [Tamer.Spec.Satisfies("WI-AUTH-0042", "AC-7")]
                    public void Test() { }
                }
            }
            """);

        (await Traceability(project)).Select(d => d.Id).ShouldBe(["TMR6002"]);
    }
}
