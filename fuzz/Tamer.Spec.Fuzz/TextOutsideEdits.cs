using System.Linq;
using Tamer.Spec.Fixes;

namespace Tamer.Spec.Fuzz;

/// <summary>Walks the text before and after a fix pass together: between the edits they agree character for character.</summary>
internal static class TextOutsideEdits
{
    public static void ShouldBeUnchanged(FixPass pass)
    {
        var edits = pass.Applied.SelectMany(f => f.Edits).OrderBy(e => e.Span.Start).ToList();
        int oldPosition = 0, newPosition = 0;
        foreach (var edit in edits)
        {
            if (edit.Span.Start < oldPosition)
            {
                throw new FuzzFailure("the edits of one pass overlap at " + edit.Span.Start);
            }

            var kept = edit.Span.Start - oldPosition;
            Same(pass.TextBefore, oldPosition, pass.TextAfter, newPosition, kept, "the text before the edit at " + edit.Span.Start + " changed");
            newPosition += kept;
            Same(pass.TextAfter, newPosition, edit.NewText, 0, edit.NewText.Length, "the edit at " + edit.Span.Start + " was not applied as written");
            newPosition += edit.NewText.Length;
            oldPosition = edit.Span.End;
        }

        var rest = pass.TextBefore.Length - oldPosition;
        if (pass.TextAfter.Length - newPosition != rest)
        {
            throw new FuzzFailure("the text after the last edit changed length");
        }

        Same(pass.TextBefore, oldPosition, pass.TextAfter, newPosition, rest, "the text after the last edit changed");
    }

    private static void Same(string left, int leftStart, string right, int rightStart, int length, string failure)
    {
        if (leftStart + length > left.Length || rightStart + length > right.Length || string.CompareOrdinal(left, leftStart, right, rightStart, length) != 0)
        {
            throw new FuzzFailure(failure);
        }
    }
}
