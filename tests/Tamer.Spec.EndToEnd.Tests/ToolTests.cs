using Tamer.Spec.Testing;

namespace Tamer.Spec.EndToEnd.Tests;

/// <summary>The dotnet-tamer-lint package installed the two ways `dotnet tool` offers.</summary>
[Trait("Category", "e2e")]
public sealed class ToolTests(PackedFeed feed)
{
    [Fact]
    public void A_tool_path_install_answers_dotnet_tamer_lint_with_the_package_version_and_the_same_json_as_the_sources()
    {
        var folder = feed.NewConsumer("tool");
        var tools = Path.Combine(folder, "tools");
        Consumer.CopySharedExamples(folder);

        var install = ProcessRun.Dotnet(folder, "tool", "install", "dotnet-tamer-lint", "--tool-path", tools, "--add-source", feed.Feed, "--version", feed.Version);
        var path = new Dictionary<string, string> { ["PATH"] = tools + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH") };
        var version = ProcessRun.Run(folder, "dotnet", ["tamer-lint", "--version"], path);
        var installed = ProcessRun.Run(folder, "dotnet", ["tamer-lint", "lint", "work-items", "--format", "json"], path);
        var fromSource = SourceCli.Run(folder, "lint", "work-items", "--format", "json");

        install.ExitCode.ShouldBe(0, install.ToString());
        version.ExitCode.ShouldBe(0, version.ToString());
        version.Output.ShouldContain(feed.Version);
        installed.ExitCode.ShouldBe(1, installed.ToString());
        fromSource.ExitCode.ShouldBe(1, fromSource.ToString());
        ReportJson.FilesOf(installed.Output).ShouldBe(ReportJson.FilesOf(fromSource.Output));
    }

    [Fact]
    public void A_local_tool_from_a_manifest_answers_dotnet_tamer_lint()
    {
        var folder = feed.NewConsumer("manifest");

        var manifest = ProcessRun.Dotnet(folder, "new", "tool-manifest");
        var install = ProcessRun.Dotnet(folder, "tool", "install", "dotnet-tamer-lint", "--version", feed.Version);
        var version = ProcessRun.Dotnet(folder, "tamer-lint", "--version");

        manifest.ExitCode.ShouldBe(0, manifest.ToString());
        install.ExitCode.ShouldBe(0, install.ToString());
        version.ExitCode.ShouldBe(0, version.ToString());
        version.Output.ShouldContain(feed.Version);
    }
}
