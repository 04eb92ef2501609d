using System.Text;
using Tamer.Spec.Engine;
using Tamer.Spec.Parsing;
using Tamer.Spec.Testing;
using Tamer.Spec.Text;

namespace Tamer.Spec.Tests.Engine;

/// <summary>
/// A Work Item rebuilt from its stored facts is, for every other Work Item's checks, the parsed
/// one: the same path, id, status, scope paths and dependencies, at the same places.
/// </summary>
public sealed class WorkItemFactsTests
{
    public static TheoryData<string> WorkItemFiles()
    {
        var data = new TheoryData<string>();
        foreach (var folder in new[] { "examples/work-items", "examples/memory", "rules/dependencies/fixtures", "rules/scope/fixtures", "rules/format/fixtures" })
        {
            foreach (var file in Directory.EnumerateFiles(RepositoryPaths.InRepository(folder), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                data.Add(Path.GetRelativePath(RepositoryPaths.Root, file).Replace('\\', '/'));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(WorkItemFiles))]
    public void A_rebuilt_Work_Item_has_the_facts_of_the_parsed_one(string file)
    {
        var parsed = WorkItemParser.Parse(file, File.ReadAllBytes(RepositoryPaths.InRepository(file)));
        if (WorkItemFacts.Of(parsed) is not { } facts)
        {
            (parsed.WorkItem is null || parsed.Profile != Tamer.Spec.Formats.FormatProfiles.Native || parsed.Role != Tamer.Spec.Formats.DocumentRole.WorkItem).ShouldBeTrue("only a file that is not a parsed native Work Item has no facts");
            return;
        }

        var rebuilt = WorkItemFacts.ReadDocument(new BinaryReader(new MemoryStream(Bytes(facts))), parsed.Text);

        Facts(rebuilt).ShouldBe(Facts(parsed));
        rebuilt.WorkItem!.AcceptanceCriteria.Items.ShouldBeEmpty("a rebuilt Work Item carries its facts and nothing else");
    }

    [Fact]
    public void Rebuilt_on_a_text_whose_other_lines_are_blank_the_places_are_the_same()
    {
        var text = "---\nid: WI-FCT-0001\ntitle: Facts\nstatus: in_progress\nscope:\n  write: [src/a.ts, \"src/b c.ts\"]\n  read_only: [src/]\nacceptance_criteria:\n  - \"AC-1: prints 3\"\ndepends_on: [WI-FCT-0000]\n---\n\nBody.\n";
        var parsed = WorkItemParser.Parse("work-items/facts.md", text);
        var facts = WorkItemFacts.Of(parsed)!;
        var kept = facts.Spans.Select(s => parsed.Text.GetPosition(s.Start).Line).ToHashSet();
        var lines = text.Split('\n');
        var blanked = string.Join("\n", lines.Select((line, i) => kept.Contains(i + 1) ? line : new string(' ', line.Length)));

        var rebuilt = WorkItemFacts.ReadDocument(new BinaryReader(new MemoryStream(Bytes(facts))), SourceText.From(blanked));

        Facts(rebuilt).ShouldBe(Facts(parsed));
        rebuilt.GetLocation(rebuilt.WorkItem!.Id!.Span).ToString().ShouldBe(parsed.GetLocation(parsed.WorkItem!.Id!.Span).ToString());
    }

    [Fact]
    public void Bytes_that_are_not_facts_or_do_not_fit_the_text_are_refused()
    {
        var parsed = WorkItemParser.Parse("work-items/facts.md", "---\nid: WI-FCT-0001\nstatus: ready\ndepends_on: [WI-FCT-0000]\n---\n");
        var bytes = Bytes(WorkItemFacts.Of(parsed)!);

        Should.Throw<InvalidDataException>(() => WorkItemFacts.ReadDocument(new BinaryReader(new MemoryStream(bytes[..(bytes.Length / 2)])), parsed.Text));
        Should.Throw<InvalidDataException>(() => WorkItemFacts.ReadDocument(new BinaryReader(new MemoryStream(Encoding.UTF8.GetBytes("no facts here"))), parsed.Text));
        Should.Throw<InvalidDataException>(() => WorkItemFacts.ReadDocument(new BinaryReader(new MemoryStream(bytes)), SourceText.From("---\n")));
    }

    private static byte[] Bytes(WorkItemFacts facts)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            facts.WriteTo(writer);
        }

        return stream.ToArray();
    }

    // Everything another Work Item's checks read, with places.
    private static string Facts(WorkItemDocument document)
    {
        var workItem = document.WorkItem!;
        var facts = new StringBuilder()
            .Append(document.Path).Append('|').Append(document.Profile.Name).Append('|').Append(document.Role).Append('\n')
            .Append("id ").Append(workItem.Id?.Value).Append(' ').Append(workItem.Id?.Span).Append('\n')
            .Append("status ").Append(workItem.Status).Append(' ').Append(workItem.StatusSpan).Append('\n')
            .Append("scope ").Append(workItem.Scope.Shape).Append(' ').Append(workItem.Scope.IsLegacy).Append('\n');
        foreach (var path in workItem.Scope.AllPaths)
        {
            facts.Append(path.Access).Append(' ').Append(path.Text).Append(' ').Append(path.Span).Append(' ').Append(path.Pattern.Normalized).Append('\n');
        }

        foreach (var path in workItem.Scope.WritablePaths)
        {
            facts.Append("writes ").Append(path.Text).Append('\n');
        }

        facts.Append("depends_on ").Append(workItem.DependsOn.Origin).Append('\n');
        foreach (var dependency in workItem.DependsOn.Items)
        {
            facts.Append(dependency.Value).Append(' ').Append(dependency.Span).Append('\n');
        }

        return facts.ToString();
    }
}
