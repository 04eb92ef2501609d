using System.Text.Json;
using Tamer.Spec.Rules;
using Tamer.Spec.Testing;

namespace Tamer.Spec.Cli.Tests;

public sealed class OtherCommandTests
{
    [Fact]
    public void Rules_lists_every_axis_version_and_diagnostic()
    {
        using var folder = new TemporaryDirectory();

        var outcome = CliRun.InProcess(folder.Path, new RulePack[] { new VersionedTestPack() }, "rules");

        outcome.ExitCode.ShouldBe(0);
        outcome.OutputLines.ShouldContain("format (uses 1.0.0; versions 1.0.0), always on");
        outcome.OutputLines.ShouldContain("versioned (uses 2.0.0; versions 2.0.0, 1.0.0)");
        outcome.OutputLines.ShouldContain(l => l.TrimStart().StartsWith("TMR0005 warning", StringComparison.Ordinal) && l.Contains("Unknown key", StringComparison.Ordinal));
        outcome.OutputLines.ShouldContain(l => l.TrimStart().StartsWith("TMR9003", StringComparison.Ordinal));
    }

    [Fact]
    public void Rules_in_json_lists_versions_and_the_selected_one()
    {
        using var folder = new TemporaryDirectory();

        var outcome = CliRun.InProcess(folder.Path, new RulePack[] { new VersionedTestPack() }, "rules", "--format", "json", "--rule", "versioned=1.*");

        using var json = JsonDocument.Parse(outcome.Output);
        var axes = json.RootElement.GetProperty("axes").EnumerateArray().ToList();
        axes.Select(a => a.GetProperty("axis").GetString()).ShouldBe(new[] { "format", "versioned" });
        var versioned = axes[1];
        versioned.GetProperty("selectedVersion").GetString().ShouldBe("1.0.0");
        versioned.GetProperty("versions").EnumerateArray().Select(v => v.GetProperty("version").GetString()).ShouldBe(new[] { "1.0.0", "2.0.0" });
        var format = axes[0].GetProperty("diagnostics").EnumerateArray().ToList();
        format.Select(d => d.GetProperty("id").GetString()).ShouldContain("TMR0001");
        format.ShouldAllBe(d => d.GetProperty("helpUri").GetString()!.StartsWith("https://", StringComparison.Ordinal));
    }

    [Fact]
    public void Explain_prints_the_embedded_docs_page()
    {
        using var folder = new TemporaryDirectory();

        var outcome = CliRun.InProcess(folder.Path, "explain", "tmr0005");

        outcome.ExitCode.ShouldBe(0);
        outcome.Output.ShouldBe(File.ReadAllText(RepositoryPaths.InRepository("rules", "format", "docs", "TMR0005.md")));
    }

    [Fact]
    public void Explain_of_an_unknown_id_suggests_the_closest()
    {
        using var folder = new TemporaryDirectory();

        var outcome = CliRun.InProcess(folder.Path, "explain", "TMR0O05");

        outcome.ExitCode.ShouldBe(2);
        outcome.ErrorLines.ShouldHaveSingleItem().ShouldContain("did you mean 'TMR0005'");
    }

    [Fact]
    public void Version_prints_the_package_version()
    {
        using var folder = new TemporaryDirectory();

        var outcome = CliRun.AsProcess(folder.Path, "--version");

        outcome.ExitCode.ShouldBe(0);
        outcome.Output.Trim().ShouldBe(Tamer.Spec.Engine.TamerVersion.Current);
        outcome.Output.Trim().ShouldMatch(@"^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$");
    }

    [Fact]
    public void Help_lists_the_commands()
    {
        using var folder = new TemporaryDirectory();

        var outcome = CliRun.InProcess(folder.Path, "--help");

        outcome.ExitCode.ShouldBe(0);
        outcome.Output.ShouldContain("lint");
        outcome.Output.ShouldContain("rules");
        outcome.Output.ShouldContain("explain");
    }
}
