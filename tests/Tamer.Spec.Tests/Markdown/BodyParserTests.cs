using System.Text;
using Tamer.Spec.Markdown;
using Tamer.Spec.Parsing;
using Tamer.Spec.Testing;
using Tamer.Spec.Text;

namespace Tamer.Spec.Tests.Markdown;

/// <summary>
/// The body is given to the Markdown parser only when a heading could name a section: skipping it
/// must never lose a section the parser would have found.
/// </summary>
public sealed class BodyParserTests
{
    [Theory]
    [InlineData("## Acceptance criteria\n\n- AC-1: exits 0\n")]
    [InlineData("   ### Non-goals:\n- caching\n")]
    [InlineData("Intro.\n\nAcceptance criteria\n===================\n\n- AC-1: exits 0\n")]
    [InlineData("Non-goals\n---\n* caching\n")]
    [InlineData("Acceptance criteria\r\n---\r\n- AC-1: exits 0\r\n")]
    [InlineData("# Non-go`al`s\n- caching\n")]
    [InlineData("# Acceptance crit*er*ia\n- AC-1: exits 0\n")]
    [InlineData("# Acceptance criteri<!-- -->a\n- AC-1: exits 0\n")]
    [InlineData("Acceptance crit*er*ia\n===\n- AC-1: exits 0\n")]
    public void A_heading_that_names_a_section_is_found(string body)
    {
        var source = SourceText.From(body);
        var span = new TextSpan(0, source.Length);

        BodyParser.MayHaveSections(body, span).ShouldBeTrue();
        var sections = BodyParser.Parse(source, span);
        (sections.AcceptanceCriteria ?? sections.NonGoals).ShouldNotBeNull();
    }

    [Theory]
    [InlineData("## Context\n\nThe criteria for a release are in the wiki; the goal is a smaller image.\n")]
    [InlineData("    ## Acceptance criteria (an indented code block)\n")]
    [InlineData("> ## Acceptance criteria\n> - quoted\n")]
    [InlineData("Our goal\n\n---\n")]
    public void Prose_that_mentions_criteria_or_goals_is_not_given_to_the_markdown_parser(string body)
    {
        var source = SourceText.From(body);
        var span = new TextSpan(0, source.Length);

        BodyParser.MayHaveSections(body, span).ShouldBeFalse();
        Describe(BodyParser.ParseMarkdown(source, span)).ShouldBe(Describe(BodySections.None));
    }

    [Fact]
    public void Every_body_in_the_repository_and_its_mutations_gives_the_same_sections_with_and_without_the_first_look()
    {
        var bodies = new List<string>();
        foreach (var folder in new[] { "examples", "tests", "rules", "docs" })
        {
            foreach (var file in Directory.EnumerateFiles(RepositoryPaths.InRepository(folder), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var source = SourceText.From(File.ReadAllText(file));
                if (FrontmatterSplitter.Split(source, out _) is { } block)
                {
                    bodies.Add(source.ToString(block.Body));
                }
            }
        }

        var random = new Random(7);
        string[] pieces = ["\n", "\n\n", "## ", "===\n", "---\n", "    ", "> ", "- ", "Acceptance criteria", "Non-goals", "\r\n", "```\n"];
        var checkedBodies = 0;
        var withSections = 0;
        foreach (var original in bodies)
        {
            for (var round = 0; round < 8; round++)
            {
                var body = original;
                for (var edit = 0; edit < round; edit++)
                {
                    body = body.Insert(random.Next(body.Length + 1), pieces[random.Next(pieces.Length)]);
                }

                var source = SourceText.From(body);
                var span = new TextSpan(0, source.Length);
                var full = BodyParser.ParseMarkdown(source, span);
                Describe(BodyParser.Parse(source, span)).ShouldBe(Describe(full), "the first look lost a section of:\n" + body);
                checkedBodies++;
                withSections += full.AcceptanceCriteria is null && full.NonGoals is null ? 0 : 1;
            }
        }

        checkedBodies.ShouldBeGreaterThan(500);
        withSections.ShouldBeGreaterThan(20);
    }

    private static string Describe(BodySections sections)
    {
        var text = new StringBuilder();
        foreach (var section in new[] { sections.AcceptanceCriteria, sections.NonGoals })
        {
            text.Append(section is null ? "none" : section.HeadingSpan.ToString()).Append('\n');
            foreach (var item in section?.Items ?? [])
            {
                text.Append("  ").Append(item.Span).Append(' ').Append(item.Text.Value).Append('\n');
            }
        }

        return text.ToString();
    }
}
