using System.Xml.Linq;
using Tamer.Spec.Testing;

namespace Tamer.Spec.Cli.Tests;

/// <summary>
/// The tool opens its workspace through the library's session; it does not build on the analyzer or
/// on the examples. The one project of examples/ it names is for build order only (so that the
/// README's first command finds the example rule pack built): its assembly is never referenced.
/// </summary>
public sealed class ProjectReferenceTests
{
    [Fact]
    public void The_tool_references_neither_the_analyzer_project_nor_the_examples()
    {
        var project = XDocument.Load(RepositoryPaths.InRepository("src", "Tamer.Spec.Cli", "Tamer.Spec.Cli.csproj"));

        var references = project.Descendants("ProjectReference")
            .Where(r => !string.Equals((string?)r.Attribute("ReferenceOutputAssembly"), "false", StringComparison.OrdinalIgnoreCase))
            .Select(r => (string?)r.Attribute("Include") ?? string.Empty)
            .ToList();
        var buildOrderOnly = project.Descendants("ProjectReference")
            .Where(r => string.Equals((string?)r.Attribute("ReferenceOutputAssembly"), "false", StringComparison.OrdinalIgnoreCase))
            .Select(r => (string?)r.Attribute("Include") ?? string.Empty)
            .ToList();

        references.ShouldNotBeEmpty();
        references.ShouldNotContain(r => r.Contains("Tamer.Spec.Analyzers", StringComparison.Ordinal) || r.Contains("examples", StringComparison.Ordinal));
        buildOrderOnly.ShouldAllBe(r => r.Contains("examples", StringComparison.Ordinal) && r.EndsWith("Acme.Tamer.Rules.csproj", StringComparison.Ordinal));
    }
}
