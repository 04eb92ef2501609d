using System;
using Tamer.Spec.Text;

namespace Tamer.Spec.Fixes;

/// <summary>One change to a file's text: the characters in <see cref="Span"/> are replaced by <see cref="NewText"/>.</summary>
public sealed class TextEdit : IEquatable<TextEdit>
{
    /// <summary>Creates an edit.</summary>
    public TextEdit(TextSpan span, string newText)
    {
        Span = span;
        NewText = newText ?? throw new ArgumentNullException(nameof(newText));
    }

    /// <summary>The characters replaced (empty for an insertion).</summary>
    public TextSpan Span { get; }

    /// <summary>What replaces them (empty for a deletion).</summary>
    public string NewText { get; }

    /// <summary>Inserts <paramref name="text"/> at <paramref name="position"/>.</summary>
    public static TextEdit Insert(int position, string text) => new(new TextSpan(position, 0), text);

    /// <summary>Replaces <paramref name="span"/> with <paramref name="text"/>.</summary>
    public static TextEdit Replace(TextSpan span, string text) => new(span, text);

    /// <summary>Deletes <paramref name="span"/>.</summary>
    public static TextEdit Delete(TextSpan span) => new(span, string.Empty);

    /// <summary>
    /// True when the two edits touch the same characters, or insert at the same place (their
    /// order would be a guess).
    /// </summary>
    public bool ConflictsWith(TextEdit other)
    {
        if (other is null)
        {
            throw new ArgumentNullException(nameof(other));
        }

        return Span.OverlapsWith(other.Span)
            || (Span.IsEmpty && other.Span.IsEmpty && Span.Start == other.Span.Start)
            || (Span.IsEmpty && Span.Start > other.Span.Start && Span.Start < other.Span.End)
            || (other.Span.IsEmpty && other.Span.Start > Span.Start && other.Span.Start < Span.End);
    }

    /// <inheritdoc />
    public bool Equals(TextEdit? other) => other is not null && Span == other.Span && string.Equals(NewText, other.NewText, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as TextEdit);

    /// <inheritdoc />
    public override int GetHashCode() => unchecked((Span.GetHashCode() * 397) ^ StringComparer.Ordinal.GetHashCode(NewText));

    /// <inheritdoc />
    public override string ToString() => Span + " → \"" + NewText + "\"";
}
