using System.Xml.Linq;
using Tamer.Spec.Testing;

namespace Tamer.Spec.Cli.Tests;

/// <summary>
/// The tool opens its workspace through the library's session; it does not build on the analyzer or
/// on the examples, not even for build order (the README's first command, examples/lint.sh, builds
/// the example rule pack itself).
/// </summary>
public sealed class ProjectReferenceTests
{
    [Fact]
    public void The_tool_references_neither_the_analyzer_project_nor_the_examples()
    {
        var project = XDocument.Load(RepositoryPaths.InRepository("src", "Tamer.Spec.Cli", "Tamer.Spec.Cli.csproj"));

        var references = project.Descendants("ProjectReference")
            .Select(r => (string?)r.Attribute("Include") ?? string.Empty)
            .ToList();

        references.ShouldNotBeEmpty();
        references.ShouldNotContain(r => r.Contains("Tamer.Spec.Analyzers", StringComparison.Ordinal) || r.Contains("examples", StringComparison.Ordinal));
    }
}
