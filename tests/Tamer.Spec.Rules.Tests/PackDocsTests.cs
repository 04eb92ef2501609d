using System.Text.RegularExpressions;
using Tamer.Spec.Diagnostics;
using Tamer.Spec.Testing;

namespace Tamer.Spec.Rules.Tests;

/// <summary>
/// Every diagnostic of every axis pack has a docs page in its pack, linked from its descriptor,
/// with a header generated from the descriptor, the expected sections, and embedded for
/// <c>tamer-lint explain</c>; every page names an ID its pack reports; every ID of the design's
/// catalogue exists.
/// </summary>
public sealed partial class PackDocsTests
{
    [GeneratedRegex(@"\bTMR[1-6]\d{3}\b", RegexOptions.CultureInvariant)]
    private static partial Regex AxisId();

    private static IEnumerable<(RulePack Pack, DiagnosticDescriptor Descriptor, string[] Versions)> Descriptors() =>
        AxisPacks.UnderRules.SelectMany(pack => pack.Versions
            .SelectMany(v => v.SupportedDiagnostics.Select(d => (Descriptor: d, Version: v.Version.ToNormalizedString())))
            .GroupBy(x => x.Descriptor.Id, StringComparer.Ordinal)
            .Select(g => (pack, g.Last().Descriptor, g.Select(x => x.Version).ToArray())));

    public static TheoryData<string> Ids => new(Descriptors().Select(d => d.Descriptor.Id));

    private static string PagePath(RulePack pack, string id) => RepositoryPaths.InRepository("rules", AxisPacks.Folder(pack), "docs", id + ".md");

    [Theory]
    [MemberData(nameof(Ids))]
    public void The_page_exists_is_linked_and_its_header_matches_the_descriptor(string id)
    {
        var (pack, descriptor, versions) = Descriptors().Single(d => d.Descriptor.Id == id);
        var path = PagePath(pack, id);

        File.Exists(path).ShouldBeTrue(path + " is missing");
        descriptor.HelpUri.ShouldBe(HelpLinks.ForPath("rules/" + AxisPacks.Folder(pack) + "/docs/" + id + ".md"));
        DocsPage.HasHeader(path, DocsPage.Header(descriptor, pack.Axis, versions)).ShouldBeTrue("the generated header of " + id + ".md is stale: run the tests with TAMER_UPDATE_DOCS=1");
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void The_page_has_every_section_and_is_embedded(string id)
    {
        var (pack, descriptor, _) = Descriptors().Single(d => d.Descriptor.Id == id);
        var text = File.ReadAllText(PagePath(pack, id));

        foreach (var section in new[] { "## What it checks", "## Why", "## Fires", "## Passes", "## Configure" })
        {
            text.ShouldContain(section);
        }

        text.Contains("## Fix", StringComparison.Ordinal).ShouldBe(descriptor.FixKind != FixKind.None, "a Fix section belongs exactly to diagnostics with a fix");
        pack.GetDocumentation(id).ShouldBe(text);
    }

    [Fact]
    public void Every_page_is_named_after_an_id_its_pack_reports()
    {
        foreach (var pack in AxisPacks.UnderRules)
        {
            var ids = pack.Versions.SelectMany(v => v.SupportedDiagnostics).Select(d => d.Id).ToHashSet();
            var pages = Directory.GetFiles(RepositoryPaths.InRepository("rules", AxisPacks.Folder(pack), "docs"), "*.md").Select(Path.GetFileNameWithoutExtension);

            pages.Where(page => !ids.Contains(page!)).ShouldBeEmpty("pages in " + pack.Axis + " that name no ID of the pack");
        }
    }

    [Fact]
    public void Every_axis_id_of_the_design_catalogue_is_declared_by_a_pack()
    {
        var catalogue = File.ReadAllText(Path.Combine(RepositoryPaths.Shared, "design", "rules.md"));
        var declared = Descriptors().Select(d => d.Descriptor.Id).ToHashSet();

        AxisId().Matches(catalogue).Select(m => m.Value).Distinct().Where(id => !declared.Contains(id)).ShouldBeEmpty();
    }
}
