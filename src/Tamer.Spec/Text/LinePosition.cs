using System;
using System.Globalization;

namespace Tamer.Spec.Text;

/// <summary>
/// A position as an editor shows it: 1-based line and 1-based column. Columns count UTF-16 code
/// units; a byte order mark is not a column.
/// </summary>
public readonly struct LinePosition : IEquatable<LinePosition>, IComparable<LinePosition>
{
    /// <summary>Creates a position.</summary>
    public LinePosition(int line, int column)
    {
        if (line < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(line));
        }

        if (column < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(column));
        }

        Line = line;
        Column = column;
    }

    /// <summary>The line, starting at 1.</summary>
    public int Line { get; }

    /// <summary>The column, starting at 1.</summary>
    public int Column { get; }

    /// <inheritdoc />
    public int CompareTo(LinePosition other)
    {
        var byLine = Line.CompareTo(other.Line);
        return byLine != 0 ? byLine : Column.CompareTo(other.Column);
    }

    /// <inheritdoc />
    public bool Equals(LinePosition other) => Line == other.Line && Column == other.Column;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is LinePosition other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => unchecked((Line * 397) ^ Column);

    /// <inheritdoc />
    public override string ToString() => string.Format(CultureInfo.InvariantCulture, "({0},{1})", Line, Column);

    /// <summary>Equality.</summary>
    public static bool operator ==(LinePosition left, LinePosition right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(LinePosition left, LinePosition right) => !left.Equals(right);

    /// <summary>Ordering.</summary>
    public static bool operator <(LinePosition left, LinePosition right) => left.CompareTo(right) < 0;

    /// <summary>Ordering.</summary>
    public static bool operator >(LinePosition left, LinePosition right) => left.CompareTo(right) > 0;

    /// <summary>Ordering.</summary>
    public static bool operator <=(LinePosition left, LinePosition right) => left.CompareTo(right) <= 0;

    /// <summary>Ordering.</summary>
    public static bool operator >=(LinePosition left, LinePosition right) => left.CompareTo(right) >= 0;
}
