using System;
using System.Globalization;

namespace Tamer.Spec.Text;

/// <summary>Where a diagnostic points: a file, a character span, and its start and end positions.</summary>
/// <remarks>The end position is exclusive: it is the position just after the last character.</remarks>
public sealed class SourceLocation : IEquatable<SourceLocation>
{
    /// <summary>Creates a location.</summary>
    public SourceLocation(string path, TextSpan span, LinePosition start, LinePosition end)
    {
        Path = path ?? throw new ArgumentNullException(nameof(path));
        Span = span;
        Start = start;
        End = end;
    }

    /// <summary>The path the host gave for the file (hosts use paths relative to the working directory).</summary>
    public string Path { get; }

    /// <summary>The character span in the decoded text.</summary>
    public TextSpan Span { get; }

    /// <summary>The 1-based line and column of the first character.</summary>
    public LinePosition Start { get; }

    /// <summary>The 1-based line and column just past the last character.</summary>
    public LinePosition End { get; }

    /// <inheritdoc />
    public bool Equals(SourceLocation? other) =>
        other is not null && string.Equals(Path, other.Path, StringComparison.Ordinal) && Span == other.Span && Start == other.Start && End == other.End;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as SourceLocation);

    /// <inheritdoc />
    public override int GetHashCode() => unchecked((StringComparer.Ordinal.GetHashCode(Path) * 397) ^ Span.GetHashCode());

    /// <summary>The compiler form <c>path(line,col)</c>.</summary>
    public override string ToString() =>
        string.Format(CultureInfo.InvariantCulture, "{0}({1},{2})", Path, Start.Line, Start.Column);
}
