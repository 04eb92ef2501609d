using Tamer.Spec.Parsing;
using Tamer.Spec.Text;
using Tamer.Spec.Yaml;

namespace Tamer.Spec.Tests.Yaml;

public sealed class YamlTreeBuilderTests
{
    private static (SourceText Source, YamlTree Tree) Build(string yaml, ParseLimits? limits = null)
    {
        var source = SourceText.From(yaml);
        return (source, YamlTreeBuilder.Build(source, new TextSpan(0, source.Length), limits ?? ParseLimits.Default));
    }

    [Fact]
    public void Every_node_knows_its_exact_span()
    {
        var (source, tree) = Build("id: WI-1\nlist: [a, \"b c\"]\nblock:\n  - x\n  - y\n");
        var root = (YamlMapping)tree.Root!;

        source.ToString(root.Find("id")!.Value.Span).ShouldBe("WI-1");
        var flow = (YamlSequence)root.Find("list")!.Value;
        flow.IsFlow.ShouldBeTrue();
        source.ToString(flow.Span).ShouldBe("[a, \"b c\"]");
        var quoted = (YamlScalar)flow.Items[1];
        source.ToString(quoted.Span).ShouldBe("\"b c\"");
        source.ToString(quoted.ContentSpan).ShouldBe("b c");
        var block = (YamlSequence)root.Find("block")!.Value;
        block.IsFlow.ShouldBeFalse();
        source.ToString(block.Span).ShouldBe("- x\n  - y");
    }

    [Fact]
    public void Block_scalars_end_at_their_last_character()
    {
        var (source, tree) = Build("text: |\n  one\n  two\n\nnext: 1\n");
        var text = ((YamlMapping)tree.Root!).Find("text")!.Value;

        source.ToString(text.Span).ShouldBe("|\n  one\n  two");
    }

    [Fact]
    public void A_duplicate_key_is_a_problem_and_the_first_value_is_kept()
    {
        var (_, tree) = Build("a: 1\nb: 2\na: 3\n");

        var problem = tree.Problems.ShouldHaveSingleItem();
        problem.Kind.ShouldBe(ParseProblemKind.DuplicateKey);
        problem.IsFatal.ShouldBeFalse();
        problem.Arguments.ShouldBe(new object[] { "a", 1 });
        ((YamlScalar)((YamlMapping)tree.Root!).Find("a")!.Value).Value.ShouldBe("1");
    }

    [Fact]
    public void An_alias_resolves_to_the_anchored_node_itself()
    {
        var (_, tree) = Build("a: &paths [x, y]\nb: *paths\n");
        var root = (YamlMapping)tree.Root!;

        root.Find("b")!.Value.ShouldBeSameAs(root.Find("a")!.Value);
        tree.Problems.ShouldBeEmpty();
    }

    [Fact]
    public void An_alias_to_an_unknown_anchor_is_a_syntax_problem()
    {
        var (source, tree) = Build("a: *nowhere\n");

        var problem = tree.Problems.ShouldHaveSingleItem();
        problem.Kind.ShouldBe(ParseProblemKind.YamlSyntax);
        source.ToString(problem.Span).ShouldBe("*nowhere");
        tree.Root.ShouldBeNull();
    }

    [Fact]
    public void A_syntax_error_points_at_the_yaml_library_position()
    {
        var (source, tree) = Build("a: 1\n b: 2\n");

        var problem = tree.Problems.ShouldHaveSingleItem();
        problem.Kind.ShouldBe(ParseProblemKind.YamlSyntax);
        source.GetPosition(problem.Span.Start).Line.ShouldBe(2);
    }

    [Fact]
    public void The_yaml_library_crash_on_an_unclosed_flow_list_becomes_a_problem_at_its_bracket()
    {
        var (source, tree) = Build("a: [x, y\nb: 1\n");

        var problem = tree.Problems.ShouldHaveSingleItem();
        problem.Kind.ShouldBe(ParseProblemKind.YamlSyntax);
        source.GetPosition(problem.Span.Start).ShouldBe(new LinePosition(1, 4));
    }

    [Fact]
    public void Nesting_deeper_than_the_limit_stops_the_read()
    {
        var (source, tree) = Build("a: " + new string('[', 10_000) + new string(']', 10_000), new ParseLimits { MaxNestingDepth = 8 });

        var problem = tree.Problems.ShouldHaveSingleItem();
        problem.Kind.ShouldBe(ParseProblemKind.LimitExceeded);
        problem.Arguments[0].ShouldBe("nesting depth");
        source.GetPosition(problem.Span.Start).ShouldBe(new LinePosition(1, 11));
    }

    [Fact]
    public void More_aliases_than_the_limit_stop_the_read()
    {
        var yaml = "a: &x 1\nb: [" + string.Join(", ", Enumerable.Repeat("*x", 5)) + "]\n";

        var (_, tree) = Build(yaml, new ParseLimits { MaxAliases = 4 });

        var problem = tree.Problems.ShouldHaveSingleItem();
        problem.Arguments[0].ShouldBe("alias count");
        tree.Root.ShouldBeNull();
    }

    [Fact]
    public void An_alias_bomb_stops_at_the_expansion_limit()
    {
        var lines = new List<string> { "a0: &a0 [x, x, x, x, x, x, x, x, x, x]" };
        for (var i = 1; i < 10; i++)
        {
            lines.Add($"a{i}: &a{i} [" + string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10)) + "]");
        }

        var (_, tree) = Build(string.Join("\n", lines));

        var problem = tree.Problems.ShouldHaveSingleItem();
        problem.Kind.ShouldBe(ParseProblemKind.LimitExceeded);
        problem.Arguments[0].ShouldBe("alias count");
        problem.Arguments[1].ToString()!.ShouldContain("expand");
    }

    [Fact]
    public void A_scalar_longer_than_the_limit_stops_the_read()
    {
        var (_, tree) = Build("a: " + new string('x', 200), new ParseLimits { MaxScalarLength = 100 });

        tree.Problems.ShouldHaveSingleItem().Arguments[0].ShouldBe("string length");
    }

    [Theory]
    [InlineData("true", true, true)]
    [InlineData("False", true, false)]
    [InlineData("\"false\"", false, false)]
    [InlineData("no", false, false)]
    public void Booleans_follow_the_core_schema(string literal, bool isBoolean, bool value)
    {
        var (_, tree) = Build("a: " + literal);
        var scalar = (YamlScalar)((YamlMapping)tree.Root!).Entries[0].Value;

        scalar.TryGetBoolean(out var parsed).ShouldBe(isBoolean);
        if (isBoolean)
        {
            parsed.ShouldBe(value);
        }
    }

    [Theory]
    [InlineData("a:", true)]
    [InlineData("a: ~", true)]
    [InlineData("a: null", true)]
    [InlineData("a: 'null'", false)]
    [InlineData("a: x", false)]
    public void Nulls_follow_the_core_schema(string yaml, bool isNull)
    {
        var (_, tree) = Build(yaml);

        ((YamlScalar)((YamlMapping)tree.Root!).Entries[0].Value).IsNull.ShouldBe(isNull);
    }
}
