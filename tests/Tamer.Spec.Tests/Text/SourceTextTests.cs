using Tamer.Spec.Text;

namespace Tamer.Spec.Tests.Text;

public sealed class SourceTextTests
{
    [Theory]
    [InlineData("a\nbc\nd", 3, 2, 2)]
    [InlineData("a\r\nbc\r\nd", 3, 2, 1)]
    [InlineData("a\r\nbc\r\nd", 7, 3, 1)]
    [InlineData("a\rbc\rd", 2, 2, 1)]
    public void Positions_count_lines_for_every_line_break_style(string text, int offset, int line, int column)
    {
        var source = SourceText.From(text);

        source.GetPosition(offset).ShouldBe(new LinePosition(line, column));
        source.LineCount.ShouldBe(3);
    }

    [Fact]
    public void A_byte_order_mark_is_not_a_column()
    {
        var source = SourceText.From("\uFEFFid: x\r\ntitle: y");

        source.HasByteOrderMark.ShouldBeTrue();
        source.Text.ShouldStartWith("id");
        source.GetPosition(0).ShouldBe(new LinePosition(1, 1));
        source.GetPosition(source.Text.IndexOf("title", StringComparison.Ordinal)).ShouldBe(new LinePosition(2, 1));
    }

    [Fact]
    public void Line_spans_exclude_the_line_break()
    {
        var source = SourceText.From("first\r\nsecond\n");

        source.GetLineText(1).ShouldBe("first");
        source.GetLineText(2).ShouldBe("second");
        source.GetLineText(3).ShouldBe(string.Empty);
        source.GetFullLineSpan(1).Length.ShouldBe(7);
    }

    [Fact]
    public void The_end_of_the_text_has_a_position()
    {
        var source = SourceText.From("ab\n");

        source.GetPosition(3).ShouldBe(new LinePosition(2, 1));
        Should.Throw<ArgumentOutOfRangeException>(() => source.GetPosition(4));
    }

    [Fact]
    public void Offsets_round_trip_through_positions()
    {
        var source = SourceText.From("one\r\ntwo\nthree\rfour");
        for (var offset = 0; offset <= source.Length; offset++)
        {
            var position = source.GetPosition(offset);
            if (offset < source.Length && (source.Text[offset] == '\n' && offset > 0 && source.Text[offset - 1] == '\r'))
            {
                continue;
            }

            source.GetOffset(position).ShouldBe(offset);
        }
    }

    [Theory]
    [InlineData("a\r\nb\r\nc\n", "\r\n")]
    [InlineData("a\nb\n", "\n")]
    [InlineData("no break", "\n")]
    [InlineData("a\rb\r", "\r")]
    public void The_dominant_line_break_is_the_most_common(string text, string expected) =>
        SourceText.From(text).DominantLineBreak.ShouldBe(expected);

    [Fact]
    public void Locations_print_in_the_compiler_form()
    {
        var source = SourceText.From("ab\ncd");

        source.GetLocation("x/y.md", new TextSpan(4, 1)).ToString().ShouldBe("x/y.md(2,2)");
    }
}
