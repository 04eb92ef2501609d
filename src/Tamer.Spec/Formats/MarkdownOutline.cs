using System;
using System.Collections.Generic;
using Tamer.Spec.Text;

namespace Tamer.Spec.Formats;

/// <summary>
/// The lines of a Markdown file with what the profiles need of each: ATX headings, list items and
/// fenced code, every part as a span of the original text. It is not a full Markdown parser: the
/// formats the profiles read write their structure with headings and lists at line starts.
/// </summary>
internal static class MarkdownOutline
{
    public static IReadOnlyList<MarkdownLine> Read(SourceText source, int firstLine = 1)
    {
        var text = source.Text;
        var lines = new List<MarkdownLine>(Math.Max(0, source.LineCount - firstLine + 1));
        char fence = '\0';
        var fenceLength = 0;
        for (var number = firstLine; number <= source.LineCount; number++)
        {
            var span = source.GetLineSpan(number);
            var (indent, start) = Indentation(text, span);
            var content = TextSpan.FromBounds(start, TrimEnd(text, start, span.End));
            if (fence != '\0')
            {
                if (IsFence(text, start, span.End, out var closing, out var closingLength) && closing == fence && closingLength >= fenceLength && OnlyFence(text, start + closingLength, span.End))
                {
                    fence = '\0';
                }

                lines.Add(new MarkdownLine(number, span, 0, content, indent, false, true));
                continue;
            }

            if (indent < 4 && IsFence(text, start, span.End, out var opening, out var openingLength))
            {
                fence = opening;
                fenceLength = openingLength;
                lines.Add(new MarkdownLine(number, span, 0, content, indent, false, true));
                continue;
            }

            if (indent < 4 && HeadingLevel(text, start, span.End) is var level && level > 0)
            {
                var headingStart = start + level;
                while (headingStart < span.End && text[headingStart] is ' ' or '\t')
                {
                    headingStart++;
                }

                var headingEnd = TrimEnd(text, headingStart, span.End);
                var closingHashes = headingEnd;
                while (closingHashes > headingStart && text[closingHashes - 1] == '#')
                {
                    closingHashes--;
                }

                if (closingHashes < headingEnd && (closingHashes == headingStart || text[closingHashes - 1] is ' ' or '\t'))
                {
                    headingEnd = TrimEnd(text, headingStart, closingHashes);
                }

                lines.Add(new MarkdownLine(number, span, level, TextSpan.FromBounds(headingStart, headingEnd), indent, false, false));
                continue;
            }

            if (ListItemText(text, start, span.End) is { } itemStart)
            {
                lines.Add(new MarkdownLine(number, span, 0, TextSpan.FromBounds(itemStart, TrimEnd(text, itemStart, span.End)), indent, true, false));
                continue;
            }

            lines.Add(new MarkdownLine(number, span, 0, content, indent, false, false));
        }

        return lines;
    }

    /// <summary>
    /// The lines after a leading frontmatter block, when the file opens one (Spec Kit's templates
    /// open some files with a description), or all lines.
    /// </summary>
    public static IReadOnlyList<MarkdownLine> ReadAfterFrontmatter(SourceText source)
    {
        if (source.Length >= 3 && source.Text.StartsWith("---", StringComparison.Ordinal) && Parsing.FrontmatterSplitter.Split(source, out _) is { } block)
        {
            return Read(source, block.Body.Start >= source.Length ? source.LineCount + 1 : source.GetPosition(block.Body.Start).Line);
        }

        return Read(source);
    }

    /// <summary>A heading's text without emphasis and a trailing colon, lower case, for comparing names.</summary>
    public static string HeadingName(SourceText source, MarkdownLine line)
    {
        var name = source.ToString(line.Content).Replace("*", string.Empty).Replace("_", " ").Trim();
        return name.TrimEnd(':').Trim().ToLowerInvariant();
    }

    private static (int Indent, int Start) Indentation(string text, TextSpan span)
    {
        var indent = 0;
        var p = span.Start;
        while (p < span.End && text[p] is ' ' or '\t')
        {
            indent += text[p] == '\t' ? 4 : 1;
            p++;
        }

        return (indent, p);
    }

    private static int TrimEnd(string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end;
    }

    private static bool IsFence(string text, int start, int end, out char fence, out int length)
    {
        fence = start < end ? text[start] : '\0';
        length = 0;
        if (fence is not '`' and not '~')
        {
            return false;
        }

        while (start + length < end && text[start + length] == fence)
        {
            length++;
        }

        return length >= 3;
    }

    private static bool OnlyFence(string text, int start, int end)
    {
        for (var p = start; p < end; p++)
        {
            if (!char.IsWhiteSpace(text[p]))
            {
                return false;
            }
        }

        return true;
    }

    private static int HeadingLevel(string text, int start, int end)
    {
        var level = 0;
        while (start + level < end && text[start + level] == '#')
        {
            level++;
        }

        return level is >= 1 and <= 6 && (start + level == end || text[start + level] is ' ' or '\t') ? level : 0;
    }

    // The start of a list item's text, after '-', '*', '+' or '1.' / '1)' and one or more blanks.
    private static int? ListItemText(string text, int start, int end)
    {
        var p = start;
        if (p < end && text[p] is '-' or '*' or '+')
        {
            p++;
        }
        else
        {
            var digits = 0;
            while (p < end && digits < 10 && text[p] >= '0' && text[p] <= '9')
            {
                p++;
                digits++;
            }

            if (digits == 0 || p >= end || text[p] is not '.' and not ')')
            {
                return null;
            }

            p++;
        }

        if (p < end && text[p] is not ' ' and not '\t')
        {
            return null;
        }

        while (p < end && text[p] is ' ' or '\t')
        {
            p++;
        }

        return p;
    }
}
