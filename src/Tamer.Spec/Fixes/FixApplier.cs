using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Tamer.Spec.Fixes;

/// <summary>
/// Applies fixes to one text in a single pass: fixes are taken in the order given and a fix is
/// left out when one of its edits conflicts with an edit already taken, so that no two edits
/// ever touch the same characters. Nothing outside the edits' spans changes.
/// </summary>
public static class FixApplier
{
    /// <summary>Applies what does not conflict; returns the new text and which fixes were applied or left out.</summary>
    public static FixApplication Apply(string text, IEnumerable<CodeFix> fixes)
    {
        if (text is null || fixes is null)
        {
            throw new ArgumentNullException(text is null ? nameof(text) : nameof(fixes));
        }

        var applied = new List<CodeFix>();
        var leftOut = new List<CodeFix>();
        var edits = new List<TextEdit>();
        foreach (var fix in fixes)
        {
            if (fix.Edits.Any(e => e.Span.End > text.Length) || fix.Edits.Any(e => edits.Any(e.ConflictsWith)))
            {
                leftOut.Add(fix);
                continue;
            }

            applied.Add(fix);
            edits.AddRange(fix.Edits);
        }

        return new FixApplication(ApplyEdits(text, edits), applied, leftOut);
    }

    /// <summary>Applies non-conflicting edits to <paramref name="text"/>.</summary>
    public static string ApplyEdits(string text, IEnumerable<TextEdit> edits)
    {
        if (text is null || edits is null)
        {
            throw new ArgumentNullException(text is null ? nameof(text) : nameof(edits));
        }

        var ordered = edits.OrderBy(e => e.Span.Start).ThenBy(e => e.Span.Length).ToList();
        var builder = new StringBuilder(text.Length + ordered.Sum(e => e.NewText.Length));
        var position = 0;
        foreach (var edit in ordered)
        {
            if (edit.Span.Start < position)
            {
                throw new ArgumentException("Edits overlap at offset " + edit.Span.Start + ".", nameof(edits));
            }

            builder.Append(text, position, edit.Span.Start - position).Append(edit.NewText);
            position = edit.Span.End;
        }

        return builder.Append(text, position, text.Length - position).ToString();
    }
}
