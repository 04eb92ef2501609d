using Tamer.Spec.Diagnostics;
using Tamer.Spec.Engine;
using Tamer.Spec.Rules;
using Tamer.Spec.Testing;

namespace Tamer.Spec.Tests.Docs;

/// <summary>
/// Every diagnostic of the engine itself (TMR9xxx) has a current docs page in <c>docs/diagnostics/</c>,
/// linked from its descriptor and embedded in the core for <c>tamer-lint explain</c>. The packs' pages,
/// the format rule's among them, are checked with the packs.
/// </summary>
public sealed class CoreDocsTests
{
    private static readonly string Folder = RepositoryPaths.InRepository("docs", "diagnostics");

    private static IEnumerable<(DiagnosticDescriptor Descriptor, string Axis, string[] Versions)> Descriptors() =>
        EngineDiagnostics.All.Select(d => (d, "engine", new[] { "all" }));

    public static TheoryData<string> Ids => new(Descriptors().Select(d => d.Descriptor.Id));

    [Theory]
    [MemberData(nameof(Ids))]
    public void The_page_exists_is_linked_and_its_header_matches_the_descriptor(string id)
    {
        var (descriptor, axis, versions) = Descriptors().Single(d => d.Descriptor.Id == id);
        var path = Path.Combine(Folder, id + ".md");

        File.Exists(path).ShouldBeTrue(path + " is missing");
        descriptor.HelpUri.ShouldBe(HelpLinks.ForPath("docs/diagnostics/" + id + ".md"));
        DocsPage.HasHeader(path, DocsPage.Header(descriptor, axis, versions)).ShouldBeTrue("the generated header of " + id + ".md is stale: run the tests with TAMER_UPDATE_DOCS=1");
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void The_page_has_every_section_and_is_embedded(string id)
    {
        var text = File.ReadAllText(Path.Combine(Folder, id + ".md"));

        foreach (var section in new[] { "## What it checks", "## Why", "## Fires", "## Passes", "## Configure" })
        {
            text.ShouldContain(section);
        }

        new LintEngine([]).GetDocumentation(id).ShouldBe(text);
    }

    [Fact]
    public void Every_page_names_a_diagnostic_that_exists()
    {
        var known = Descriptors().Select(d => d.Descriptor.Id).ToHashSet();

        Directory.GetFiles(Folder, "*.md").Select(Path.GetFileNameWithoutExtension).Where(name => !known.Contains(name!)).ShouldBeEmpty();
    }
}
