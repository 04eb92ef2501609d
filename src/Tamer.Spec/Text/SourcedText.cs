using System;
using System.Collections.Generic;
using System.Text;

namespace Tamer.Spec.Text;

/// <summary>
/// A piece of text as a rule reads it (a YAML scalar's value, a list item of the body) together
/// with where each of its characters came from in the file, so that a rule can point at one word
/// of a criterion rather than at the whole criterion. The origins are kept as runs of
/// consecutive characters, so a text costs a few runs, not a few integers per character.
/// </summary>
public sealed class SourcedText
{
    private readonly Run[] _runs;

    // For a text that is exactly a span of the file: the file, read on the first use of the value.
    // A workspace keeps every Work Item's body, and most are never read.
    private readonly SourceText? _source;
    private string? _value;

    private SourcedText(string value, TextSpan span, Run[] runs)
    {
        _value = value;
        Span = span;
        _runs = runs;
    }

    private SourcedText(SourceText source, TextSpan span)
    {
        _source = source;
        Span = span;
        _runs = span.Length == 0 ? Array.Empty<Run>() : new[] { Run.Direct(0, span.Start, span.Length) };
    }

    /// <summary>The text as read (escapes resolved, lines folded).</summary>
    public string Value => _value ??= _source!.ToString(Span);

    /// <summary>The span of the whole node in the file (quotes included).</summary>
    public TextSpan Span { get; }

    /// <summary>A text whose value is exactly the characters of <paramref name="span"/>.</summary>
    public static SourcedText FromSpan(SourceText source, TextSpan span)
    {
        if (source is null)
        {
            throw new ArgumentNullException(nameof(source));
        }

        if (span.End > source.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(span));
        }

        return new SourcedText(source, span);
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

        var value = new StringBuilder();
        var runs = new RunBuilder();
        for (var s = 0; s < segments.Count; s++)
        {
            var segment = segments[s];
            if (s > 0)
            {
                runs.Add(value.Length, segments[s - 1].End, 0);
                value.Append(separator);
            }

            runs.AddDirect(value.Length, segment.Start, segment.Length);
            value.Append(source.Text, segment.Start, segment.Length);
        }

        var whole = TextSpan.FromBounds(segments[0].Start, segments[segments.Count - 1].End);
        return new SourcedText(value.ToString(), whole, runs.ToArray());
    }

    /// <summary>
    /// A text whose value was produced from the characters of <paramref name="contentSpan"/> by
    /// quoting rules or line folding (a YAML scalar). Each value character is aligned with the
    /// next source character that produced it; where alignment is impossible the rest of the value
    /// maps to the whole node.
    /// </summary>
    public static SourcedText Aligned(SourceText source, string value, TextSpan nodeSpan, TextSpan contentSpan, bool doubleQuoted, bool singleQuoted)
    {
        var text = source.Text;
        if (contentSpan.Length == value.Length && string.CompareOrdinal(text, contentSpan.Start, value, 0, value.Length) == 0)
        {
            var direct = value.Length == 0 ? Array.Empty<Run>() : new[] { Run.Direct(0, contentSpan.Start, value.Length) };
            return new SourcedText(value, nodeSpan, direct);
        }

        var runs = new RunBuilder();
        var p = contentSpan.Start;
        var end = contentSpan.End;
        var aligned = 0;
        for (; aligned < value.Length; aligned++)
        {
            var c = value[aligned];
            var length = 0;
            while (p < end && length == 0)
            {
                if (doubleQuoted && text[p] == '\\' && p + 1 < end && !IsLineBreak(text[p + 1]))
                {
                    length = EscapeLength(text, p, end);
                }
                else if (singleQuoted && c == '\'' && text[p] == '\'' && p + 1 < end && text[p + 1] == '\'')
                {
                    length = 2;
                }
                else if (text[p] == c || (IsLineBreak(text[p]) && (c == ' ' || c == '\n')))
                {
                    length = 1;
                }
                else
                {
                    p++;
                }
            }

            if (length == 0)
            {
                break;
            }

            runs.Add(aligned, p, length);
            p += length;
        }

        if (aligned < value.Length)
        {
            runs.AddWhole(aligned, value.Length - aligned, nodeSpan);
        }

        return new SourcedText(value, nodeSpan, runs.ToArray());
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
            var at = start < Value.Length ? StartOf(start) : EndOf(Value.Length - 1);
            return new TextSpan(at, 0);
        }

        var first = StartOf(start);
        var last = EndOf(start + length - 1);
        return last >= first ? TextSpan.FromBounds(first, last) : Span;
    }

    /// <summary>A new text for the value characters <c>[start, start + length)</c>, keeping their origins.</summary>
    public SourcedText Slice(int start, int length)
    {
        if (start < 0 || length < 0 || start + length > Value.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(start));
        }

        var runs = new RunBuilder();
        foreach (var run in _runs)
        {
            var from = Math.Max(run.ValueStart, start);
            var to = Math.Min(run.ValueStart + run.ValueLength, start + length);
            if (from >= to)
            {
                continue;
            }

            runs.AddRaw(run.Shift(from, to - from, start));
        }

        var span = length == 0 ? new TextSpan(Span.Start, 0) : GetSourceSpan(start, length);
        return new SourcedText(Value.Substring(start, length), span, runs.ToArray());
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

    private int StartOf(int index)
    {
        var run = _runs[FindRun(index)];
        return run.Kind switch
        {
            RunKind.Direct => run.SourceStart + (index - run.ValueStart),
            _ => run.SourceStart,
        };
    }

    private int EndOf(int index)
    {
        var run = _runs[FindRun(index)];
        return run.Kind switch
        {
            RunKind.Direct => run.SourceStart + (index - run.ValueStart) + 1,
            _ => run.SourceStart + run.SourceLength,
        };
    }

    private int FindRun(int index)
    {
        int low = 0, high = _runs.Length - 1;
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (_runs[middle].ValueStart <= index)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        return low;
    }

    private static bool IsLineBreak(char c) => c == '\n' || c == '\r';

    private static int EscapeLength(string text, int backslash, int end)
    {
        var length = text[backslash + 1] switch
        {
            'x' => 4,
            'u' => 6,
            'U' => 10,
            _ => 2,
        };
        return Math.Min(length, end - backslash);
    }

    private enum RunKind : byte
    {
        // Value characters map one to one onto consecutive source characters.
        Direct,

        // Each value character came from the whole source range (an escape, a doubled quote, a joint).
        Each,
    }

    private readonly struct Run
    {
        private Run(RunKind kind, int valueStart, int valueLength, int sourceStart, int sourceLength)
        {
            Kind = kind;
            ValueStart = valueStart;
            ValueLength = valueLength;
            SourceStart = sourceStart;
            SourceLength = sourceLength;
        }

        public RunKind Kind { get; }

        public int ValueStart { get; }

        public int ValueLength { get; }

        public int SourceStart { get; }

        public int SourceLength { get; }

        public static Run Direct(int valueStart, int sourceStart, int length) => new(RunKind.Direct, valueStart, length, sourceStart, length);

        public static Run Each(int valueStart, int valueLength, int sourceStart, int sourceLength) => new(RunKind.Each, valueStart, valueLength, sourceStart, sourceLength);

        // The part [from, from + length) of this run, renumbered so that value index 'origin' becomes 0.
        public Run Shift(int from, int length, int origin) => Kind == RunKind.Direct
            ? Direct(from - origin, SourceStart + (from - ValueStart), length)
            : Each(from - origin, length, SourceStart, SourceLength);
    }

    private sealed class RunBuilder
    {
        private readonly List<Run> _runs = new();

        public void AddDirect(int valueStart, int sourceStart, int length)
        {
            if (length > 0)
            {
                _runs.Add(Run.Direct(valueStart, sourceStart, length));
            }
        }

        // One value character that came from source [sourceStart, sourceStart + sourceLength).
        public void Add(int valueIndex, int sourceStart, int sourceLength)
        {
            if (sourceLength == 1 && _runs.Count > 0)
            {
                var last = _runs[_runs.Count - 1];
                if (last.Kind == RunKind.Direct && last.ValueStart + last.ValueLength == valueIndex && last.SourceStart + last.SourceLength == sourceStart)
                {
                    _runs[_runs.Count - 1] = Run.Direct(last.ValueStart, last.SourceStart, last.ValueLength + 1);
                    return;
                }
            }

            _runs.Add(sourceLength == 1 ? Run.Direct(valueIndex, sourceStart, 1) : Run.Each(valueIndex, 1, sourceStart, sourceLength));
        }

        public void AddWhole(int valueStart, int valueLength, TextSpan node) => _runs.Add(Run.Each(valueStart, valueLength, node.Start, node.Length));

        public void AddRaw(Run run) => _runs.Add(run);

        public Run[] ToArray() => _runs.ToArray();
    }
}
