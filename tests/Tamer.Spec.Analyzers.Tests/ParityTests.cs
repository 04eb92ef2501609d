using Tamer.Spec.Testing;

namespace Tamer.Spec.Analyzers.Tests;

/// <summary>
/// One engine, every host: the analyzer reports, for the shared example Work Items, exactly the
/// IDs, files, lines, columns and messages of the command line's JSON report (the build task is
/// held to the same report by the end-to-end parity test).
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
}
