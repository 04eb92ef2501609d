using Tamer.Spec.Parsing;
using Tamer.Spec.Text;
using Tamer.Spec.Yaml;

namespace Tamer.Spec.Tests.Text;

public sealed class SourcedTextTests
{
    [Theory]
    [InlineData("a: handles errors gracefully\n", "gracefully")]
    [InlineData("a: \"handles \\\"errors\\\" gracefully\"\n", "gracefully")]
    [InlineData("a: 'it''s handled gracefully'\n", "gracefully")]
    [InlineData("a: handles errors\n  gracefully and well\n", "gracefully")]
    [InlineData("a: |\n  handles errors\n  gracefully\n", "gracefully")]
    [InlineData("a: >-\n  handles errors\n  gracefully\n", "gracefully")]
    public void A_word_of_a_scalar_maps_back_to_its_exact_span(string yaml, string word)
    {
        var source = SourceText.From(yaml);
        var tree = YamlTreeBuilder.Build(source, new TextSpan(0, source.Length), ParseLimits.Default);
        var scalar = (YamlScalar)((YamlMapping)tree.Root!).Entries[0].Value;
        var text = scalar.GetSourcedText(source);

        var at = text.Value.IndexOf(word, StringComparison.Ordinal);
        var span = text.GetSourceSpan(at, word.Length);

        source.ToString(span).ShouldBe(word);
    }

    [Fact]
    public void Joined_segments_keep_each_line_origin()
    {
        var source = SourceText.From("- first line\n  second line\n");
        var first = new TextSpan(2, 10);
        var second = new TextSpan(15, 11);

        var text = SourcedText.FromSegments(source, new[] { first, second }, ' ');

        text.Value.ShouldBe("first line second line");
        source.ToString(text.GetSourceSpan(text.Value.IndexOf("second", StringComparison.Ordinal), 6)).ShouldBe("second");
        text.Span.ShouldBe(TextSpan.FromBounds(2, 26));
    }

    [Fact]
    public void Slices_and_trims_keep_origins()
    {
        var source = SourceText.From("  AC-1: the value  ");
        var text = SourcedText.FromSpan(source, new TextSpan(0, source.Length)).Trim();

        text.Value.ShouldBe("AC-1: the value");
        var slice = text.Slice(6, 9);
        slice.Value.ShouldBe("the value");
        slice.Span.ShouldBe(new TextSpan(8, 9));
    }
}
