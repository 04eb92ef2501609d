namespace Tamer.Spec.EndToEnd.Tests;

/// <summary>
/// The Tamer.Spec.Analyzers package in a consumer project: the compiler reports Work Item
/// diagnostics in its own form, AD0001 made an error proves the analyzer and all its dependencies
/// load, and severities follow .globalconfig and the analyzer's .editorconfig key.
/// </summary>
[Trait("Category", "e2e")]
public sealed class AnalyzerTests(PackedFeed feed)
{
    private static ProcessOutcome Build(string folder) => ProcessRun.Dotnet(folder, "build", "--no-incremental");

    private static bool Reports(ProcessOutcome build, string fileAndPosition, string severityAndId) =>
        build.OutputLines.Any(l => l.Contains(fileAndPosition + ": " + severityAndId + ":", StringComparison.Ordinal));

    [Fact]
    public void A_refused_Work_Item_fails_the_build_from_the_compiler_and_a_globalconfig_turns_a_warning_off()
    {
        var folder = feed.NewConsumer("analyzer");
        Consumer.AnalyzerProject(feed, folder);
        Consumer.Write(folder, "work-items/login.md", WorkItems.Refused);
        Consumer.Write(folder, "work-items/session.md", WorkItems.WarnsAboutInvariants);

        var refused = Build(folder);
        Consumer.Write(folder, ".globalconfig", "is_global = true\ndotnet_diagnostic.TMR3001.severity = none\n");
        var configured = Build(folder);

        refused.ExitCode.ShouldBe(1, refused.ToString());
        Reports(refused, "work-items/login.md(5,1)", "error TMR1002").ShouldBeTrue(refused.ToString());
        Reports(refused, "work-items/session.md(12,36)", "warning TMR3001").ShouldBeTrue(refused.ToString());
        refused.Output.ShouldNotContain("AD0001");
        refused.Output.ShouldNotContain("CS9057");
        configured.ExitCode.ShouldBe(1, configured.ToString());
        Reports(configured, "work-items/login.md(5,1)", "error TMR1002").ShouldBeTrue(configured.ToString());
        configured.Output.ShouldNotContain("TMR3001");
    }

    [Fact]
    public void An_editorconfig_section_for_a_folder_downgrades_a_diagnostic_in_that_folder_only()
    {
        var folder = feed.NewConsumer("analyzer-editorconfig");
        Consumer.AnalyzerProject(feed, folder);
        Consumer.Write(folder, "work-items/legacy/login.md", WorkItems.Refused);
        Consumer.Write(folder, "work-items/login.md", WorkItems.Refused.Replace("WI-E2E-0001", "WI-E2E-0011", StringComparison.Ordinal));
        Consumer.Write(folder, ".editorconfig", "root = true\n\n[work-items/legacy/*.md]\ntamer_diagnostic.TMR1002.severity = warning\n");

        var build = Build(folder);

        build.ExitCode.ShouldBe(1, build.ToString());
        Reports(build, "work-items/legacy/login.md(5,1)", "warning TMR1002").ShouldBeTrue(build.ToString());
        Reports(build, "work-items/login.md(5,1)", "error TMR1002").ShouldBeTrue(build.ToString());
        Reports(build, "work-items/legacy/login.md(5,1)", "error TMR1002").ShouldBeFalse(build.ToString());
    }

    [Fact]
    public void Tests_claim_criteria_and_the_compiler_checks_every_claim()
    {
        const string tests = """
            using Tamer.Spec;

            namespace Consumer.Tests;

            public sealed class LoginTests
            {
                [Satisfies("WI-E2E-0001", "AC-1", "AC-9")]
                public void Sixth_failed_login_returns_429()
                {
                }
            }
            """;
        var folder = feed.NewConsumer("analyzer-claims");
        Consumer.AnalyzerProject(feed, folder, "<IsTestProject>true</IsTestProject>", tests);
        Consumer.Write(folder, ".tamer.yml", "severity:\n  TMR6003: warning\n");
        Consumer.Write(folder, "work-items/login.md", WorkItems.Clean
            .Replace("status: ready", "status: done", StringComparison.Ordinal)
            .Replace("  - \"AC-1: the sixth failed POST /login within 60 s responds with 429\"\n", "  - \"AC-1: the sixth failed POST /login within 60 s responds with 429\"\n  - \"AC-2: a successful POST /login resets the count of failures to 0\"\n", StringComparison.Ordinal));

        var build = Build(folder);

        build.ExitCode.ShouldBe(1, build.ToString());
        Reports(build, "Library.cs(7,39)", "error TMR6002").ShouldBeTrue(build.ToString());
        Reports(build, "work-items/login.md(12,6)", "warning TMR6003").ShouldBeTrue(build.ToString());
        build.Output.ShouldNotContain("TMR6001");
    }
}
