using Tamer.Spec.Testing;

namespace Tamer.Spec.EndToEnd.Tests;

/// <summary>A program that references only the Tamer.Spec.Rules package and lints through the public API.</summary>
[Trait("Category", "e2e")]
public sealed class LibraryTests(PackedFeed feed)
{
    // The whole program a library user writes: twelve lines, the same report as the command line.
    private const string Program = """
        using Tamer.Spec.Engine;
        using Tamer.Spec.Parsing;
        using Tamer.Spec.Reporting;
        using Tamer.Spec.Rules;
        using Tamer.Spec.Workspace;

        var documents = Directory.GetFiles(args[0], "*.md").Order(StringComparer.Ordinal)
            .Select(path => WorkItemParser.Parse(Path.GetRelativePath(".", path).Replace('\\', '/'), File.ReadAllBytes(path)))
            .ToList();
        var result = new LintEngine(BuiltInRulePacks.All).Lint(new WorkItemWorkspace(documents));
        ReportWriters.For(ReportFormat.Json).Write(result, ToolInfo.TamerLint(), Console.Out);
        return result.AnyRefused ? 1 : 0;
        """;

    [Fact]
    public void The_library_gives_the_same_diagnostics_as_the_command_line()
    {
        var folder = feed.NewConsumer("library");
        Consumer.CopySharedExamples(folder);
        Consumer.Write(folder, "Program.cs", Program);
        Consumer.Write(folder, "Gate.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Tamer.Spec.Rules" Version="{feed.Version}" />
              </ItemGroup>
            </Project>
            """);

        var library = ProcessRun.Dotnet(folder, "run", "--", "work-items");
        var cli = SourceCli.Run(folder, "lint", "work-items", "--format", "json");

        Program.Split('\n').Length.ShouldBeLessThan(15);
        library.ExitCode.ShouldBe(1, library.ToString());
        ReportJson.FilesOf(library.Output).ShouldBe(ReportJson.FilesOf(cli.Output));
    }
}
