using System.IO.Compression;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;
using Tamer.Spec.Testing;

namespace Tamer.Spec.EndToEnd.Tests;

/// <summary>What the packages hold, and that packing again gives the same bytes.</summary>
[Trait("Category", "e2e")]
public sealed class PackageTests(PackedFeed feed)
{
    private static readonly string[] ToolPlatforms = ["linux-x64", "linux-arm64", "osx-arm64", "win-x64", "any"];

    private static readonly string[] Libraries =
    [
        "Tamer.Spec", "Tamer.Spec.Rules", "Tamer.Spec.Rules.Format", "Tamer.Spec.Rules.Scope", "Tamer.Spec.Rules.Acceptance",
        "Tamer.Spec.Rules.Invariants", "Tamer.Spec.Rules.Dependencies", "Tamer.Spec.Rules.NonGoals", "Tamer.Spec.Rules.Traceability",
        "Tamer.Spec.Rules.Memory",
    ];

    private XElement Metadata(string id)
    {
        using var package = ZipFile.OpenRead(feed.PackagePath(id));
        using var stream = package.GetEntry(id + ".nuspec")!.Open();
        return XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
    }

    private IReadOnlyList<string> Entries(string id)
    {
        using var package = ZipFile.OpenRead(feed.PackagePath(id));
        return package.Entries.Select(e => e.FullName).ToList();
    }

    private static string? Value(XElement metadata, string name) => metadata.Elements().FirstOrDefault(e => e.Name.LocalName == name)?.Value;

    [Fact]
    public void Packing_the_solution_gives_exactly_the_packages_the_README_lists()
    {
        feed.PackOutcome.ExitCode.ShouldBe(0, feed.PackOutcome.ToString());
        var packed = Directory.GetFiles(feed.Feed, "*.nupkg").Select(f => Path.GetFileName(f)[..^(feed.Version.Length + ".nupkg".Length + 1)]);

        packed.Order(StringComparer.Ordinal).ShouldBe(ReadmePackages().Order(StringComparer.Ordinal));
    }

    // The first column of the table under "## Packages" in the README.
    private static IEnumerable<string> ReadmePackages()
    {
        var lines = File.ReadAllLines(RepositoryPaths.InRepository("README.md"));
        var start = Array.IndexOf(lines, "## Packages");
        start.ShouldBeGreaterThan(0, "the README has a Packages section");
        return lines.Skip(start + 1).TakeWhile(l => !l.StartsWith("## ", StringComparison.Ordinal))
            .Where(l => l.StartsWith("| `", StringComparison.Ordinal))
            .Select(l => l.Split('`')[1])
            .ToList();
    }

    [Fact]
    public void Every_package_has_its_version_license_readme_repository_and_symbols()
    {
        feed.PackOutcome.ExitCode.ShouldBe(0, feed.PackOutcome.ToString());
        foreach (var id in Libraries.Append("Tamer.Spec.Build").Append("Tamer.Spec.Analyzers").Append("dotnet-tamer-lint"))
        {
            var metadata = Metadata(id);
            Value(metadata, "version").ShouldBe(feed.Version, id);
            Value(metadata, "license").ShouldBe("MIT", id);
            Value(metadata, "readme").ShouldBe("README.md", id);
            Value(metadata, "description").ShouldNotBeNullOrWhiteSpace(id);
            metadata.Elements().Single(e => e.Name.LocalName == "repository").Attribute("url")!.Value.ShouldBe("https://github.com/tamer-spec/Tamer.Spec", id);
            Entries(id).ShouldContain("README.md", id);
        }

        // The tool's symbols are in its platform packages; the package users install only points at them.
        foreach (var id in Libraries.Concat(ToolPlatforms.Select(p => "dotnet-tamer-lint." + p)))
        {
            File.Exists(feed.PackagePath(id, ".snupkg")).ShouldBeTrue(id + " has a symbol package");
        }
    }

    [Fact]
    public void The_build_package_carries_both_task_builds_with_their_dependencies_and_no_msbuild()
    {
        var entries = Entries("Tamer.Spec.Build");

        Value(Metadata("Tamer.Spec.Build"), "developmentDependency").ShouldBe("true");
        entries.ShouldContain("build/Tamer.Spec.Build.props");
        entries.ShouldContain("build/Tamer.Spec.Build.targets");
        foreach (var framework in new[] { "netstandard2.0", "net8.0" })
        {
            foreach (var assembly in new[] { "Tamer.Spec.Build.dll", "Tamer.Spec.dll", "Tamer.Spec.Rules.dll", "Tamer.Spec.Rules.Format.dll", "Tamer.Spec.Rules.Scope.dll", "YamlDotNet.dll", "Markdig.dll", "NuGet.Versioning.dll" })
            {
                entries.ShouldContain("tasks/" + framework + "/" + assembly);
            }
        }

        entries.ShouldNotContain(e => e.Contains("Microsoft.Build", StringComparison.Ordinal));
        entries.ShouldNotContain(e => e.StartsWith("lib/", StringComparison.Ordinal));
    }

    [Fact]
    public void The_analyzer_package_carries_the_analyzer_the_code_fixes_and_every_dependency_but_no_roslyn()
    {
        var entries = Entries("Tamer.Spec.Analyzers");

        Value(Metadata("Tamer.Spec.Analyzers"), "developmentDependency").ShouldBe("true");
        entries.ShouldContain("build/Tamer.Spec.Analyzers.props");
        entries.ShouldContain("build/Tamer.Spec.Analyzers.targets");
        foreach (var assembly in new[] { "Tamer.Spec.Analyzers.dll", "Tamer.Spec.Analyzers.CodeFixes.dll", "Tamer.Spec.dll", "Tamer.Spec.Rules.dll", "Tamer.Spec.Rules.Format.dll", "Tamer.Spec.Rules.Scope.dll", "Tamer.Spec.Rules.Acceptance.dll", "Tamer.Spec.Rules.Invariants.dll", "Tamer.Spec.Rules.Dependencies.dll", "Tamer.Spec.Rules.NonGoals.dll", "Tamer.Spec.Rules.Traceability.dll", "Tamer.Spec.Rules.Memory.dll", "YamlDotNet.dll", "Markdig.dll", "NuGet.Versioning.dll" })
        {
            entries.ShouldContain("analyzers/dotnet/cs/" + assembly);
        }

        entries.ShouldNotContain(e => e.Contains("Microsoft.CodeAnalysis", StringComparison.Ordinal));
        entries.ShouldNotContain(e => e.StartsWith("lib/", StringComparison.Ordinal));
        Metadata("Tamer.Spec.Analyzers").Descendants().ShouldNotContain(e => e.Name.LocalName == "dependency");
    }

    [Fact]
    public void The_tool_package_is_a_dotnet_tool_named_dotnet_tamer_lint()
    {
        var metadata = Metadata("dotnet-tamer-lint");

        metadata.Descendants().Where(e => e.Name.LocalName == "packageType").Select(e => e.Attribute("name")!.Value).ShouldContain("DotnetTool");
        using var package = ZipFile.OpenRead(feed.PackagePath("dotnet-tamer-lint"));
        using var settings = package.Entries.Single(e => e.FullName.EndsWith("DotnetToolSettings.xml", StringComparison.Ordinal)).Open();
        XDocument.Load(settings).Descendants("Command").Single().Attribute("Name")!.Value.ShouldBe("dotnet-tamer-lint");
    }

    [Fact]
    public void The_tool_package_points_at_a_ready_to_run_package_per_platform_and_a_portable_one()
    {
        using (var pointer = ZipFile.OpenRead(feed.PackagePath("dotnet-tamer-lint")))
        using (var settings = pointer.Entries.Single(e => e.FullName.EndsWith("DotnetToolSettings.xml", StringComparison.Ordinal)).Open())
        {
            XDocument.Load(settings).Descendants("RuntimeIdentifierPackage").Select(p => p.Attribute("RuntimeIdentifier")!.Value + "=" + p.Attribute("Id")!.Value)
                .ShouldBe(ToolPlatforms.Select(p => p + "=dotnet-tamer-lint." + p), ignoreOrder: true);
            pointer.Entries.ShouldNotContain(e => e.FullName.EndsWith(".dll", StringComparison.Ordinal));
        }

        foreach (var platform in ToolPlatforms)
        {
            using var package = ZipFile.OpenRead(feed.PackagePath("dotnet-tamer-lint." + platform));
            var own = package.Entries.Where(e => e.Name.StartsWith("Tamer.Spec", StringComparison.Ordinal) && e.Name.EndsWith(".dll", StringComparison.Ordinal)).ToList();
            own.Count.ShouldBeGreaterThan(8, platform);
            foreach (var entry in own.Append(package.Entries.Single(e => e.Name == "dotnet-tamer-lint.dll")))
            {
                IsReadyToRun(entry).ShouldBe(platform != "any", platform + ": " + entry.FullName);
            }

            // Roslyn is loaded by trace alone and ships as it is.
            IsReadyToRun(package.Entries.Single(e => e.Name == "Microsoft.CodeAnalysis.CSharp.dll")).ShouldBeFalse(platform);
        }
    }

    private static bool IsReadyToRun(ZipArchiveEntry entry)
    {
        using var copy = new MemoryStream();
        using (var stream = entry.Open())
        {
            stream.CopyTo(copy);
        }

        copy.Position = 0;
        using var reader = new PEReader(copy);
        return reader.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0;
    }

    [Fact]
    public void Packing_again_from_the_same_commit_gives_the_same_bytes()
    {
        var again = Path.Combine(feed.Root, "again");

        var outcome = ProcessRun.Dotnet(RepositoryPaths.Root, "pack", Path.Combine(RepositoryPaths.Root, "src", "Tamer.Spec", "Tamer.Spec.csproj"), "-c", "Release", "-o", again, "-nologo", "-p:Version=" + feed.Version);

        outcome.ExitCode.ShouldBe(0, outcome.ToString());
        File.ReadAllBytes(Path.Combine(again, "Tamer.Spec." + feed.Version + ".nupkg")).ShouldBe(File.ReadAllBytes(feed.PackagePath("Tamer.Spec")));
    }
}
