using Tamer.Spec.Diagnostics;
using Tamer.Spec.Fixes;
using Tamer.Spec.Text;

namespace Tamer.Spec.Tests.Fixes;

public sealed class FixApplierTests
{
    private static CodeFix Fix(params TextEdit[] edits) => new("TST0001", "test", FixKind.Safe, edits);

    [Theory]
    [InlineData(0, 4, 2, 4, true)]
    [InlineData(0, 4, 4, 2, false)]
    [InlineData(3, 0, 3, 0, true)]
    [InlineData(3, 0, 1, 4, true)]
    [InlineData(3, 0, 3, 2, false)]
    [InlineData(5, 0, 1, 4, false)]
    public void Edits_conflict_when_they_touch_the_same_characters_or_insert_at_one_place(int start1, int length1, int start2, int length2, bool conflict)
    {
        var first = new TextEdit(new TextSpan(start1, length1), "x");
        var second = new TextEdit(new TextSpan(start2, length2), "y");

        first.ConflictsWith(second).ShouldBe(conflict);
        second.ConflictsWith(first).ShouldBe(conflict);
    }

    [Fact]
    public void A_fix_with_overlapping_edits_is_refused()
    {
        Should.Throw<ArgumentException>(() => Fix(TextEdit.Replace(new TextSpan(0, 3), "a"), TextEdit.Replace(new TextSpan(2, 3), "b")));
    }

    [Fact]
    public void Fixes_apply_in_one_pass_and_a_conflicting_one_is_left_out()
    {
        var text = "alpha beta gamma";
        var beta = Fix(TextEdit.Replace(new TextSpan(6, 4), "BETA"));
        var clash = Fix(TextEdit.Replace(new TextSpan(8, 4), "zz"));
        var ends = Fix(TextEdit.Insert(0, "<"), TextEdit.Insert(text.Length, ">"));

        var result = FixApplier.Apply(text, new[] { beta, clash, ends });

        result.Text.ShouldBe("<alpha BETA gamma>");
        result.Applied.ShouldBe(new[] { beta, ends });
        result.LeftOut.ShouldBe(new[] { clash });
    }

    [Fact]
    public void An_edit_past_the_end_of_the_text_is_left_out()
    {
        var result = FixApplier.Apply("short", new[] { Fix(TextEdit.Insert(99, "x")) });

        result.Text.ShouldBe("short");
        result.LeftOut.ShouldHaveSingleItem();
    }
}
