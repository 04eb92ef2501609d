using System.Text;
using Tamer.Spec.Model;
using Tamer.Spec.Parsing;
using Tamer.Spec.Text;

namespace Tamer.Spec.Tests.Parsing;

public sealed class WorkItemParserTests
{
    private static WorkItemDocument Parse(string text) => WorkItemParser.Parse("wi.md", text);

    private static LinePosition At(WorkItemDocument document, TextSpan span) => document.Text.GetPosition(span.Start);

    [Fact]
    public void A_file_without_a_frontmatter_block_has_a_fatal_problem_on_line_one()
    {
        var document = Parse("# Title\n\ntext\n");

        var problem = document.Problems.ShouldHaveSingleItem();
        problem.Kind.ShouldBe(ParseProblemKind.MissingFrontmatter);
        problem.IsFatal.ShouldBeTrue();
        At(document, problem.Span).ShouldBe(new LinePosition(1, 1));
        document.WorkItem.ShouldBeNull();
    }

    [Fact]
    public void An_unclosed_frontmatter_is_a_fatal_problem()
    {
        var document = Parse("---\nid: WI-1\n");

        document.Problems.ShouldHaveSingleItem().Kind.ShouldBe(ParseProblemKind.UnclosedFrontmatter);
    }

    [Theory]
    [InlineData("---\nid: WI-A-1\n---\nbody", "body")]
    [InlineData("---\nid: WI-A-1\n...\nbody", "body")]
    [InlineData("---  \nid: WI-A-1\n---\t\nbody", "body")]
    [InlineData("---\r\nid: WI-A-1\r\n---\r\nbody", "body")]
    public void The_frontmatter_closes_with_dashes_or_dots(string text, string body)
    {
        var document = Parse(text);

        document.Problems.ShouldBeEmpty();
        document.WorkItem!.Id!.Value.ShouldBe("WI-A-1");
        document.WorkItem.Body.Value.ShouldBe(body);
    }

    [Fact]
    public void An_empty_frontmatter_gives_a_work_item_without_keys()
    {
        var document = Parse("---\n---\n");

        document.Problems.ShouldBeEmpty();
        document.WorkItem!.Id.ShouldBeNull();
        document.WorkItem.Frontmatter.ShouldBeNull();
    }

    [Fact]
    public void A_frontmatter_that_is_not_a_mapping_is_a_fatal_problem()
    {
        var document = Parse("---\n- a\n- b\n---\n");

        var problem = document.Problems.ShouldHaveSingleItem();
        problem.Kind.ShouldBe(ParseProblemKind.YamlSyntax);
        problem.Arguments[0].ToString()!.ShouldContain("a list");
    }

    [Fact]
    public void Yaml_positions_are_file_positions_with_bom_and_crlf()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("---\r\nid: WI-A-1\r\ntitle: T\r\nstatus: doing\r\n---\r\n")).ToArray();

        var document = WorkItemParser.Parse("wi.md", bytes);

        document.Text.HasByteOrderMark.ShouldBeTrue();
        At(document, document.WorkItem!.StatusSpan!.Value).ShouldBe(new LinePosition(4, 9));
        At(document, document.WorkItem.Id!.Span).ShouldBe(new LinePosition(2, 5));
    }

    [Fact]
    public void Invalid_utf8_is_reported_where_it_is_and_the_rest_is_still_read()
    {
        var bytes = Encoding.UTF8.GetBytes("---\nid: WI-A-1\ntitle: caf").Concat(new byte[] { 0xE9 }).Concat(Encoding.UTF8.GetBytes("\n---\n")).ToArray();

        var document = WorkItemParser.Parse("wi.md", bytes);

        var problem = document.Problems.ShouldHaveSingleItem();
        problem.Kind.ShouldBe(ParseProblemKind.InvalidEncoding);
        problem.IsFatal.ShouldBeFalse();
        At(document, problem.Span).ShouldBe(new LinePosition(3, 11));
        document.WorkItem!.Id!.Value.ShouldBe("WI-A-1");
    }

    [Fact]
    public void A_nul_byte_makes_the_file_binary()
    {
        var document = WorkItemParser.Parse("wi.md", new byte[] { (byte)'-', (byte)'-', (byte)'-', (byte)'\n', (byte)'a', 0, 1, 2 });

        var problem = document.Problems.ShouldHaveSingleItem();
        problem.Kind.ShouldBe(ParseProblemKind.BinaryContent);
        At(document, problem.Span).ShouldBe(new LinePosition(2, 2));
    }

    [Fact]
    public void A_utf16_file_is_refused_with_a_reason()
    {
        var document = WorkItemParser.Parse("wi.md", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("---\n")).ToArray());

        document.Problems.ShouldHaveSingleItem().Arguments[0].ToString()!.ShouldContain("UTF-16");
    }

    [Fact]
    public void A_file_over_the_size_limit_is_not_decoded()
    {
        var document = WorkItemParser.Parse("wi.md", new byte[2048], new ParseLimits { MaxFileBytes = 1024 });

        var problem = document.Problems.ShouldHaveSingleItem();
        problem.Kind.ShouldBe(ParseProblemKind.LimitExceeded);
        problem.Arguments[0].ShouldBe("file size");
        document.Text.Length.ShouldBe(0);
    }

    [Fact]
    public void The_format_two_scope_is_read_with_every_list()
    {
        var document = Parse("---\nscope:\n  write: [src/a.ts]\n  read_only: [src/]\n  forbidden: [src/billing/]\n  extend_scope: false\n---\n");
        var scope = document.WorkItem!.Scope;

        scope.Shape.ShouldBe(ScopeShape.Mapping);
        scope.Write!.Entries.Select(e => e.Text).ShouldBe(new[] { "src/a.ts" });
        scope.ReadOnly!.Entries.Single().Access.ShouldBe(ScopeAccess.ReadOnly);
        scope.Forbidden!.Entries.Single().Pattern.IsFolder.ShouldBeTrue();
        scope.ExtendScope!.Value.ShouldBe(false);
    }

    [Theory]
    [InlineData("scope: [src/]", ScopeShape.LegacyList)]
    [InlineData("scope: { paths: [src/] }", ScopeShape.LegacyPaths)]
    [InlineData("scope:", ScopeShape.Empty)]
    [InlineData("scope: src/", ScopeShape.Invalid)]
    [InlineData("title: x", ScopeShape.Missing)]
    public void Every_scope_shape_is_recognised(string line, ScopeShape shape)
    {
        var document = Parse("---\n" + line + "\n---\n");

        document.WorkItem!.Scope.Shape.ShouldBe(shape);
        if (shape is ScopeShape.LegacyList or ScopeShape.LegacyPaths)
        {
            document.WorkItem.Scope.WritablePaths.Single().Text.ShouldBe("src/");
        }
    }

    [Fact]
    public void Criteria_are_read_from_strings_with_prefixes_and_from_maps()
    {
        var document = Parse(
            "---\nacceptance_criteria:\n  - \"AC-1: GET / returns 200\"\n  - plain text\n  - id: AC-3\n    text: the third\n    verify: run it\n  - \"**AC-4**: bold id\"\n---\n");
        var criteria = document.WorkItem!.AcceptanceCriteria;

        criteria.Origin.ShouldBe(ListOrigin.Frontmatter);
        criteria.Items.Select(c => c.Id).ShouldBe(new[] { "AC-1", null, "AC-3", "AC-4" });
        criteria.Items.Select(c => c.Text.Value).ShouldBe(new[] { "GET / returns 200", "plain text", "the third", "bold id" });
        criteria.Items[2].Verify!.Value.ShouldBe("run it");
        document.Text.ToString(criteria.Items[0].IdSpan!.Value).ShouldBe("AC-1");
    }

    [Fact]
    public void Criteria_and_non_goals_are_read_from_body_sections()
    {
        var document = Parse(
            "---\nid: WI-A-1\n---\n# Context\ntext\n\n## acceptance criteria:\n- [ ] AC-1: first\n  continues here\n- second\n\n### Details\n- still in the section\n\n## Non-goals\n* caching\n\n## Later\n- not a non-goal\n");
        var workItem = document.WorkItem!;

        workItem.AcceptanceCriteria.Origin.ShouldBe(ListOrigin.Body);
        workItem.AcceptanceCriteria.Items.Select(c => c.Text.Value).ShouldBe(new[] { "first continues here", "second", "still in the section" });
        workItem.AcceptanceCriteria.Items[0].Id.ShouldBe("AC-1");
        document.Text.GetPosition(workItem.AcceptanceCriteria.Items[1].Span.Start).ShouldBe(new LinePosition(10, 3));
        workItem.NonGoals.Items.Select(n => n.Value).ShouldBe(new[] { "caching" });
    }

    [Fact]
    public void A_list_in_both_places_keeps_the_frontmatter_and_remembers_the_heading()
    {
        var document = Parse("---\nacceptance_criteria: [\"AC-1: a\"]\n---\n## Acceptance criteria\n- AC-1: b\n");
        var criteria = document.WorkItem!.AcceptanceCriteria;

        criteria.Origin.ShouldBe(ListOrigin.Frontmatter);
        criteria.Items.Single().Text.Value.ShouldBe("a");
        document.Text.GetPosition(criteria.OtherDeclarationSpan!.Value.Start).Line.ShouldBe(4);
    }

    [Fact]
    public void Invariants_keep_their_shape()
    {
        var document = Parse(
            "---\ninvariants:\n  - \"a is set\": \"leaks if not\"\n  - id: INV-1\n    statement: b holds\n    consequence: c breaks\n  - bare statement\n  - { x: 1, y: 2 }\n  - \"d\":\n---\n");
        var invariants = document.WorkItem!.Invariants.Items;

        invariants.Select(i => i.Shape).ShouldBe(new[] { InvariantShape.Pair, InvariantShape.Structured, InvariantShape.BareStatement, InvariantShape.Malformed, InvariantShape.Pair });
        invariants[0].Consequence!.Value.ShouldBe("leaks if not");
        invariants[1].Id.ShouldBe("INV-1");
        invariants[4].Consequence.ShouldBeNull();
        document.WorkItem.SchemaProblems.ShouldBeEmpty();
    }

    [Fact]
    public void Estimates_suppressions_and_dependencies_are_typed()
    {
        var document = Parse("---\nestimate: { diff_lines: 40, files: 2 }\nsuppress: { TMR2003: because we said so }\ndepends_on: [WI-A-1, WI-B-2]\nstatus: in_progress\n---\n");
        var workItem = document.WorkItem!;

        workItem.Estimate!.DiffLines.ShouldBe(40);
        workItem.Estimate.Files.ShouldBe(2);
        workItem.Suppressions.Single().Justification.ShouldBe("because we said so");
        workItem.DependsOn.Items.Select(d => d.Value).ShouldBe(new[] { "WI-A-1", "WI-B-2" });
        workItem.Status.ShouldBe(WorkItemStatus.InProgress);
    }

    [Fact]
    public void Wrong_types_become_schema_problems_not_exceptions()
    {
        var document = Parse("---\ntitle: [a]\nstatus: doing\nscpoe: x\nestimate: 3\n---\n");
        var problems = document.WorkItem!.SchemaProblems;

        problems.Select(p => (p.Kind, p.Key)).ShouldBe(new[]
        {
            (SchemaProblemKind.WrongType, "title"),
            (SchemaProblemKind.InvalidValue, "status"),
            (SchemaProblemKind.UnknownKey, "scpoe"),
            (SchemaProblemKind.WrongType, "estimate"),
        });
        problems[2].Suggestion.ShouldBe("scope");
        document.WorkItem.Status.ShouldBe(WorkItemStatus.Unknown);
    }

    [Theory]
    [InlineData(">  # the text comes next")]
    [InlineData("|-")]
    [InlineData(">+ # keep the break")]
    public void A_block_criterions_text_points_at_its_own_lines_not_at_its_header(string header)
    {
        var text = "---\nid: X-1\ntitle: t\nacceptance_criteria:\n  - " + header + "\n    the job writes one row\n---\n";

        var criterion = WorkItemParser.Parse("a.md", text).WorkItem!.AcceptanceCriteria.Items.Single();

        var start = criterion.Text.GetSourceSpan(0, 3).Start;
        text.Substring(start, 3).ShouldBe("the");
        text.IndexOf("    the job", StringComparison.Ordinal).ShouldBe(start - 4);
    }
}
