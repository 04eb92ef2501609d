using System;
using System.Collections.Generic;

namespace Tamer.Spec.Text;

/// <summary>
/// A piece of text as a rule reads it (a YAML scalar's value, a list item of the body) together
/// with where each of its characters came from in the file, so that a rule can point at one word
/// of a criterion rather than at the whole criterion.
/// </summary>
public sealed class SourcedText
{
    private readonly int[] _starts;
    private readonly int[] _ends;

    private SourcedText(string value, TextSpan span, int[] starts, int[] ends)
    {
        Value = value;
        Span = span;
        _starts = starts;
        _ends = ends;
    }

    /// <summary>The text as read (escapes resolved, lines folded).</summary>
    public string Value { get; }

    /// <summary>The span of the whole node in the file (quotes included).</summary>
    public TextSpan Span { get; }

    /// <summary>A text whose value is exactly the characters of <paramref name="span"/>.</summary>
    public static SourcedText FromSpan(SourceText source, TextSpan span)
    {
        var value = source.ToString(span);
        var starts = new int[value.Length];
        var ends = new int[value.Length];
        for (var i = 0; i < value.Length; i++)
        {
            starts[i] = span.Start + i;
            ends[i] = span.Start + i + 1;
        }

        return new SourcedText(value, span, starts, ends);
    }

    /// <summary>
    /// A text made of several source spans (the lines of a paragraph) joined by
    /// <paramref name="separator"/>; a separator maps to the end of the span before it.
    /// </summary>
    public static SourcedText FromSegments(SourceText source, IReadOnlyList<TextSpan> segments, char separator)
    {
        if (segments.Count == 0)
        {
            throw new ArgumentException("At least one segment is needed.", nameof(segments));
        }

        var value = new System.Text.StringBuilder();
        var starts = new List<int>();
        var ends = new List<int>();
        for (var s = 0; s < segments.Count; s++)
        {
            var segment = segments[s];
            if (s > 0)
            {
                value.Append(separator);
                starts.Add(segments[s - 1].End);
                ends.Add(segments[s - 1].End);
            }

            for (var i = segment.Start; i < segment.End; i++)
            {
                value.Append(source.Text[i]);
                starts.Add(i);
                ends.Add(i + 1);
            }
        }

        var whole = TextSpan.FromBounds(segments[0].Start, segments[segments.Count - 1].End);
        return new SourcedText(value.ToString(), whole, starts.ToArray(), ends.ToArray());
    }

    /// <summary>
    /// A text whose value was produced from the characters of <paramref name="contentSpan"/> by
    /// quoting rules or line folding (a YAML scalar). Each value character is aligned with the
    /// next source character that produced it; where alignment is impossible the rest of the value
    /// maps to the whole node.
    /// </summary>
    public static SourcedText Aligned(SourceText source, string value, TextSpan nodeSpan, TextSpan contentSpan, bool doubleQuoted, bool singleQuoted)
    {
        var starts = new int[value.Length];
        var ends = new int[value.Length];
        var text = source.Text;
        var p = contentSpan.Start;
        var end = contentSpan.End;
        var aligned = 0;
        for (; aligned < value.Length; aligned++)
        {
            var c = value[aligned];
            var matched = false;
            while (p < end)
            {
                if (doubleQuoted && text[p] == '\\' && p + 1 < end && !IsLineBreak(text[p + 1]))
                {
                    var length = EscapeLength(text, p, end);
                    starts[aligned] = p;
                    ends[aligned] = p + length;
                    p += length;
                    matched = true;
                    break;
                }

                if (singleQuoted && c == '\'' && text[p] == '\'' && p + 1 < end && text[p + 1] == '\'')
                {
                    starts[aligned] = p;
                    ends[aligned] = p + 2;
                    p += 2;
                    matched = true;
                    break;
                }

                if (text[p] == c || (IsLineBreak(text[p]) && (c == ' ' || c == '\n')))
                {
                    starts[aligned] = p;
                    ends[aligned] = p + 1;
                    p++;
                    matched = true;
                    break;
                }

                p++;
            }

            if (!matched)
            {
                break;
            }
        }

        for (var i = aligned; i < value.Length; i++)
        {
            starts[i] = nodeSpan.Start;
            ends[i] = nodeSpan.End;
        }

        return new SourcedText(value, nodeSpan, starts, ends);
    }

    /// <summary>The span in the file of the value characters <c>[start, start + length)</c>.</summary>
    public TextSpan GetSourceSpan(int start, int length)
    {
        if (start < 0 || length < 0 || start + length > Value.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(start));
        }

        if (Value.Length == 0)
        {
            return Span;
        }

        if (length == 0)
        {
            var at = start < Value.Length ? _starts[start] : _ends[Value.Length - 1];
            return new TextSpan(at, 0);
        }

        var first = _starts[start];
        var last = _ends[start + length - 1];
        return last >= first ? TextSpan.FromBounds(first, last) : Span;
    }

    /// <summary>A new text for the value characters <c>[start, start + length)</c>, keeping their origins.</summary>
    public SourcedText Slice(int start, int length)
    {
        if (start < 0 || length < 0 || start + length > Value.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(start));
        }

        var starts = new int[length];
        var ends = new int[length];
        Array.Copy(_starts, start, starts, 0, length);
        Array.Copy(_ends, start, ends, 0, length);
        var span = length == 0 ? new TextSpan(Span.Start, 0) : GetSourceSpan(start, length);
        return new SourcedText(Value.Substring(start, length), span, starts, ends);
    }

    /// <summary>The value with leading and trailing white space removed, origins kept.</summary>
    public SourcedText Trim()
    {
        var start = 0;
        var end = Value.Length;
        while (start < end && char.IsWhiteSpace(Value[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(Value[end - 1]))
        {
            end--;
        }

        return start == 0 && end == Value.Length ? this : Slice(start, end - start);
    }

    /// <inheritdoc />
    public override string ToString() => Value;

    private static bool IsLineBreak(char c) => c == '\n' || c == '\r';

    private static int EscapeLength(string text, int backslash, int end)
    {
        var kind = text[backslash + 1];
        var length = kind switch
        {
            'x' => 4,
            'u' => 6,
            'U' => 10,
            _ => 2,
        };
        return Math.Min(length, end - backslash);
    }
}
