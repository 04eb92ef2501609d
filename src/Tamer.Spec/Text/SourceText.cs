using System;
using System.Collections.Generic;

namespace Tamer.Spec.Text;

/// <summary>
/// The decoded text of one file and its line map. Offsets, lines and columns refer to the text
/// without its byte order mark; <see cref="HasByteOrderMark"/> remembers whether the file had one.
/// Line breaks are LF, CRLF or a lone CR.
/// </summary>
public sealed class SourceText
{
    private const char ByteOrderMark = '\uFEFF';
    private readonly int[] _lineStarts;

    private SourceText(string text, bool hasByteOrderMark)
    {
        Text = text;
        HasByteOrderMark = hasByteOrderMark;
        _lineStarts = ComputeLineStarts(text);
    }

    /// <summary>The text, without a leading byte order mark.</summary>
    public string Text { get; }

    /// <summary>True when the original file started with a byte order mark.</summary>
    public bool HasByteOrderMark { get; }

    /// <summary>Number of lines (an empty text has one empty line).</summary>
    public int LineCount => _lineStarts.Length;

    /// <summary>Number of characters.</summary>
    public int Length => Text.Length;

    /// <summary>Creates a source text; a leading U+FEFF is taken as the byte order mark.</summary>
    public static SourceText From(string text)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        return text.Length > 0 && text[0] == ByteOrderMark
            ? new SourceText(text.Substring(1), hasByteOrderMark: true)
            : new SourceText(text, hasByteOrderMark: false);
    }

    /// <summary>Creates a source text from already separated content and byte order mark flag.</summary>
    public static SourceText From(string textWithoutByteOrderMark, bool hasByteOrderMark) =>
        new(textWithoutByteOrderMark ?? throw new ArgumentNullException(nameof(textWithoutByteOrderMark)), hasByteOrderMark);

    /// <summary>The 1-based line and column of an offset (an offset equal to the length is allowed).</summary>
    public LinePosition GetPosition(int offset)
    {
        if (offset < 0 || offset > Text.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(offset));
        }

        var lineIndex = FindLineIndex(offset);
        return new LinePosition(lineIndex + 1, offset - _lineStarts[lineIndex] + 1);
    }

    /// <summary>The offset of a 1-based line and column; columns past the line's end clamp to it.</summary>
    public int GetOffset(LinePosition position)
    {
        var lineIndex = Math.Min(position.Line, LineCount) - 1;
        var line = GetLineSpan(lineIndex + 1);
        return Math.Min(line.Start + position.Column - 1, line.End);
    }

    /// <summary>The span of a 1-based line, without its line break.</summary>
    public TextSpan GetLineSpan(int line)
    {
        if (line < 1 || line > LineCount)
        {
            throw new ArgumentOutOfRangeException(nameof(line));
        }

        var start = _lineStarts[line - 1];
        var end = line < LineCount ? _lineStarts[line] : Text.Length;
        while (end > start && (Text[end - 1] == '\n' || Text[end - 1] == '\r'))
        {
            end--;
        }

        return TextSpan.FromBounds(start, end);
    }

    /// <summary>The span of a 1-based line including its line break.</summary>
    public TextSpan GetFullLineSpan(int line)
    {
        if (line < 1 || line > LineCount)
        {
            throw new ArgumentOutOfRangeException(nameof(line));
        }

        var start = _lineStarts[line - 1];
        var end = line < LineCount ? _lineStarts[line] : Text.Length;
        return TextSpan.FromBounds(start, end);
    }

    /// <summary>The text of a 1-based line, without its line break.</summary>
    public string GetLineText(int line)
    {
        var span = GetLineSpan(line);
        return Text.Substring(span.Start, span.Length);
    }

    /// <summary>The text of a span.</summary>
    public string ToString(TextSpan span) => Text.Substring(span.Start, span.Length);

    /// <summary>The location of a span in the file at <paramref name="path"/>.</summary>
    public SourceLocation GetLocation(string path, TextSpan span) =>
        new(path, span, GetPosition(span.Start), GetPosition(span.End));

    /// <summary>
    /// The line break the file uses most: "\r\n", "\n" or "\r" (LF when the file has none). Edits
    /// that insert lines use it so that a file keeps its line endings.
    /// </summary>
    public string DominantLineBreak
    {
        get
        {
            // Most files have no carriage return at all: one vectorised search decides them.
            if (Text.IndexOf('\r') < 0)
            {
                return "\n";
            }

            int crlf = 0, lf = 0, cr = 0;
            for (var i = 0; i < Text.Length; i++)
            {
                if (Text[i] == '\r')
                {
                    if (i + 1 < Text.Length && Text[i + 1] == '\n')
                    {
                        crlf++;
                        i++;
                    }
                    else
                    {
                        cr++;
                    }
                }
                else if (Text[i] == '\n')
                {
                    lf++;
                }
            }

            if (crlf > lf && crlf >= cr)
            {
                return "\r\n";
            }

            return cr > lf ? "\r" : "\n";
        }
    }

    private int FindLineIndex(int offset)
    {
        var index = Array.BinarySearch(_lineStarts, offset);
        return index >= 0 ? index : ~index - 1;
    }

    private static int[] ComputeLineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                starts.Add(i + 1);
            }
            else if (c == '\n')
            {
                starts.Add(i + 1);
            }
        }

        return starts.ToArray();
    }
}
