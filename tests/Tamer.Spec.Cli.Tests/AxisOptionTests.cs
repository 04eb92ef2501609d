using System.Text.Json;
using Tamer.Spec.Testing;

namespace Tamer.Spec.Cli.Tests;

/// <summary>Pinning an axis's version from the command line changes what it reports, and the JSON says which version ran.</summary>
public sealed class AxisOptionTests
{
    private static string SharedExamples => Path.Combine(RepositoryPaths.Shared, "examples", "work-items");

    private static JsonElement FileOf(JsonDocument json, string name) =>
        json.RootElement.GetProperty("files").EnumerateArray().Single(f => f.GetProperty("path").GetString()!.EndsWith(name, StringComparison.Ordinal));

    private static IEnumerable<string> Ids(JsonElement file) => file.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("id").GetString()!);

    private static IEnumerable<string> Rules(JsonDocument json) =>
        json.RootElement.GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("axis").GetString() + "@" + r.GetProperty("version").GetString());

    [Fact]
    public void Acceptance_2_counts_tests_pass_as_falsifiable()
    {
        using var folder = new TemporaryDirectory();
        File.Copy(Path.Combine(SharedExamples, "tests-pass-only.md"), Path.Combine(folder.Path, "tests-pass-only.md"));
        File.WriteAllText(Path.Combine(folder.Path, "only-tests-pass.md"), File.ReadAllText(Path.Combine(SharedExamples, "tests-pass-only.md")).Replace("  - pagination is handled gracefully\n", string.Empty, StringComparison.Ordinal).Replace("WI-API-0100", "WI-API-0101", StringComparison.Ordinal));

        var defaultVersion = CliRun.InProcess(folder.Path, ".", "--format", "json");
        var version2 = CliRun.InProcess(folder.Path, ".", "--format", "json", "--rule", "acceptance=[2.0,3.0)");

        using var json3 = JsonDocument.Parse(defaultVersion.Output);
        using var json2 = JsonDocument.Parse(version2.Output);
        Ids(FileOf(json3, "only-tests-pass.md")).ShouldContain("TMR2002");
        Ids(FileOf(json2, "only-tests-pass.md")).ShouldNotContain("TMR2002");
        Ids(FileOf(json2, "only-tests-pass.md")).ShouldNotContain("TMR2004");
        Rules(json2).ShouldContain("acceptance@2.0.0");
        Rules(json3).ShouldContain("acceptance@4.0.0");
    }

    [Fact]
    public void Scope_1_accepts_a_legacy_scope()
    {
        using var folder = new TemporaryDirectory();
        File.Copy(Path.Combine(SharedExamples, "legacy-scope.md"), Path.Combine(folder.Path, "legacy-scope.md"));

        var version2 = CliRun.InProcess(folder.Path, ".", "--format", "json");
        var version1 = CliRun.InProcess(folder.Path, ".", "--format", "json", "--rule", "scope=1.*");

        using var json2 = JsonDocument.Parse(version2.Output);
        using var json1 = JsonDocument.Parse(version1.Output);
        Ids(FileOf(json2, "legacy-scope.md")).ShouldContain("TMR1002");
        Ids(FileOf(json1, "legacy-scope.md")).ShouldNotContain("TMR1002");
        Ids(FileOf(json1, "legacy-scope.md")).ShouldNotContain("TMR1004");
        Rules(json1).ShouldContain("scope@1.0.0");
    }

    [Fact]
    public void The_existence_check_is_reported_from_the_repository_when_turned_on()
    {
        using var repository = new TemporaryDirectory();
        repository.MakeRepository();
        repository.Write("src/ui/settings.ts", "export {};\n");
        repository.Write("work-items/a.md", TestWorkItems.Clean().Replace("[src/cli/report.ts]", "[src/ui/settings.ts, src/reports/new.ts]", StringComparison.Ordinal).Replace("[src/cli/]", "[src/ui/, src/legacy/]", StringComparison.Ordinal));

        var quiet = CliRun.InProcess(repository.Path, "work-items");
        var enabled = CliRun.InProcess(repository.Path, "work-items", "--severity", "TMR1009=warning");

        quiet.Output.ShouldNotContain("TMR1009");
        enabled.OutputLines.Where(l => l.Contains("TMR1009", StringComparison.Ordinal)).Count().ShouldBe(3);
        enabled.Output.ShouldContain("read_only path 'src/legacy/' does not exist in the repository");
    }

    [Fact]
    public void Explain_prints_a_pack_page()
    {
        using var folder = new TemporaryDirectory();

        var outcome = CliRun.InProcess(folder.Path, "explain", "TMR2003");

        outcome.ExitCode.ShouldBe(0);
        outcome.Output.ShouldBe(File.ReadAllText(RepositoryPaths.InRepository("rules", "acceptance", "docs", "TMR2003.md")));
    }
}
