using Tamer.Spec.Testing;

namespace Tamer.Spec.Analyzers.Tests;

/// <summary>
/// One engine, every host: the analyzer reports, for the shared example Work Items, exactly the
/// IDs, files, lines, columns and messages of the command line's JSON report (the build task is
/// held to the same report by the end-to-end parity test).
/// Stays on <see cref="TestProject"/>: it holds the analyzer against another host's report (tamer-lint's
/// JSON), not against expectations written in the test, which is all the harness compares with.
/// </summary>
public sealed class ParityTests
{
    [Fact]
    public async Task The_analyzer_and_the_command_line_give_identical_diagnostics_on_the_shared_examples()
    {
        using var folder = new TemporaryDirectory();
        var project = new TestProject(folder.Path);
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryPaths.Shared, "examples", "work-items"), "*.md"))
        {
            var text = File.ReadAllText(file);
            folder.Write(Path.Combine("work-items", Path.GetFileName(file)), text);
            project.WorkItem("work-items/" + Path.GetFileName(file), text);
        }

        var cli = CommandLine.Run(folder.Path, "lint", "work-items", "--format", "json");
        var fromAnalyzer = (await project.AnalyzeAsync()).Select(d => Located.From(d, folder.Path)).Select(d => (d.Id, d.File, d.Line, d.Column, d.Message)).Order().ToList();
        var fromCli = ReportJson.Diagnostics(cli.Output).Order().ToList();

        fromCli.Count.ShouldBeGreaterThan(10);
        fromAnalyzer.ShouldBe(fromCli);
    }

    [Fact]
    public async Task The_analyzer_and_the_command_line_give_identical_diagnostics_with_the_invariants_registry_and_the_rejected_designs_log()
    {
        using var folder = new TemporaryDirectory();
        folder.Write(".tamer.yml", "# the registry and the log at their default places\n");
        var project = new TestProject(folder.Path).Configuration("# the registry and the log at their default places\n");
        foreach (var (from, to) in new[] { ("invariants", "invariants"), ("decisions/rejected", "decisions/rejected"), ("memory", "work-items") })
        {
            foreach (var file in Directory.GetFiles(RepositoryPaths.InRepository(["examples", .. from.Split('/')]), "*.md"))
            {
                var text = File.ReadAllText(file);
                var path = to + "/" + Path.GetFileName(file);
                folder.Write(path, text);
                project.WorkItem(path, text);
            }
        }

        var cli = CommandLine.Run(folder.Path, "lint", "--format", "json");
        var fromAnalyzer = (await project.AnalyzeAsync()).Select(d => Located.From(d, folder.Path)).Select(d => (d.Id, d.File, d.Line, d.Column, d.Message)).Order().ToList();
        var fromCli = ReportJson.Diagnostics(cli.Output).Order().ToList();

        fromCli.Select(d => d.Item1).Where(id => id.StartsWith("TMR7", StringComparison.Ordinal)).Distinct().Order().ShouldBe(["TMR7001", "TMR7002", "TMR7003", "TMR7004", "TMR7009"]);
        fromCli.ShouldContain(d => d.Item1 == "TMR7004" && d.Item2 == "invariants/INV-BILLING-001.md");
        fromAnalyzer.ShouldBe(fromCli);
    }

    [Fact]
    public async Task The_analyzer_and_tamer_lint_trace_give_identical_claim_diagnostics()
    {
        const string tests = """
            using Tamer.Spec;

            namespace Auth.Tests;

            public sealed class LoginTests
            {
                [Satisfies("WI-AUTH-0042", "AC-1", "AC-9")]
                public void Counts() { }

                [Satisfies("WI-AUTH-0024", "AC-3")]
                public void Resets() { }
            }
            """;
        const string configuration = "severity:\n  TMR6003: warning\n";
        using var folder = new TemporaryDirectory();
        folder.MakeRepository();
        folder.Write(".tamer.yml", configuration);
        folder.Write("work-items/login-rate-limit.md", Fixtures.Read("login-rate-limit.md"));
        folder.Write("tests/LoginTests.cs", tests);
        var project = new TestProject(folder.Path).AsTestProject()
            .Configuration(configuration)
            .WorkItem("work-items/login-rate-limit.md", Fixtures.Read("login-rate-limit.md"))
            .Source("tests/LoginTests.cs", tests);

        var trace = CommandLine.Run(folder.Path, "trace", "--format", "json");
        var fromAnalyzer = (await project.AnalyzeAsync()).Select(d => Located.From(d, folder.Path)).Where(d => d.Id.StartsWith("TMR6", StringComparison.Ordinal))
            .Select(d => (d.Id, d.File, d.Line, d.Column, d.Message)).Order().ToList();
        using var json = System.Text.Json.JsonDocument.Parse(trace.Output);
        var fromTrace = json.RootElement.GetProperty("diagnostics").EnumerateArray()
            .Select(d => (d.GetProperty("id").GetString()!, d.GetProperty("path").GetString()!, d.GetProperty("line").GetInt32(), d.GetProperty("column").GetInt32(), d.GetProperty("message").GetString()!))
            .Order().ToList();

        fromTrace.Select(d => d.Item1).ShouldBe(["TMR6001", "TMR6002", "TMR6003", "TMR6003"]);
        fromAnalyzer.ShouldBe(fromTrace);
    }
}
