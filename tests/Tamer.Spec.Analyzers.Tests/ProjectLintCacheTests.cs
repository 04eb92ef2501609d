namespace Tamer.Spec.Analyzers.Tests;

/// <summary>
/// Compilations with the same Work Items share one lint (an IDE makes a compilation per edit),
/// and anything that changes the outcome (a Work Item's text, a severity key) makes a new one.
/// Stays as it is: the subject is the cache between compilations, not what a compilation reports.
/// </summary>
public sealed class ProjectLintCacheTests
{
    private static ProjectLint Lint(TestProject project) =>
        ProjectLintCache.GetOrRun(ProjectInputs.From(project.AnalyzerOptions(), TestContext.Current.CancellationToken), project.Compile().Options, TestContext.Current.CancellationToken);

    [Fact]
    public void The_same_inputs_reuse_the_lint_and_a_changed_input_is_linted_again()
    {
        var text = Fixtures.Read("legacy-scope.md");
        // A root of its own, so that no other test's lint is in the cache.
        var root = "/cache-" + Guid.NewGuid().ToString("N")[..8];
        var first = new TestProject(root).WorkItem("work-items/settings.md", text);
        var again = new TestProject(root).WorkItem("work-items/settings.md", text);
        var edited = new TestProject(root).WorkItem("work-items/settings.md", text.Replace("ready", "draft", StringComparison.Ordinal));
        var downgraded = new TestProject(root).WorkItem("work-items/settings.md", text).FileOption("work-items/settings.md", "tamer_diagnostic.TMR1002.severity", "warning");

        var lint = Lint(first);

        Lint(again).ShouldBeSameAs(lint);
        Lint(edited).ShouldNotBeSameAs(lint);
        Lint(downgraded).ShouldNotBeSameAs(lint);
        Lint(downgraded).For(downgraded.PathOf("work-items/settings.md")).Single(d => d.Engine.Id == "TMR1002").Severity.ShouldBe(Microsoft.CodeAnalysis.DiagnosticSeverity.Warning);
    }
}
