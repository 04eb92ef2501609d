using System;

namespace Tamer.Spec.Text;

/// <summary>A word of a text: where it starts, its length, and its lower-case form.</summary>
public readonly struct Word : IEquatable<Word>
{
    /// <summary>Creates a word.</summary>
    public Word(int start, int length, string lower)
    {
        Start = start;
        Length = length;
        Lower = lower;
    }

    /// <summary>Offset of the first character in the tokenized text.</summary>
    public int Start { get; }

    /// <summary>Number of characters.</summary>
    public int Length { get; }

    /// <summary>Offset just past the word.</summary>
    public int End => Start + Length;

    /// <summary>The word in lower case (invariant culture).</summary>
    public string Lower { get; }

    /// <inheritdoc />
    public bool Equals(Word other) => Start == other.Start && Length == other.Length;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Word other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => unchecked((Start * 397) ^ Length);

    /// <inheritdoc />
    public override string ToString() => Lower;
}
