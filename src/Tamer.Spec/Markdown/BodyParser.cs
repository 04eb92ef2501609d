using System;
using System.Collections.Generic;
using System.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Tamer.Spec.Text;

namespace Tamer.Spec.Markdown;

/// <summary>
/// Finds the <c>Acceptance criteria</c> and <c>Non-goals</c> headings of a body (any level, any
/// letter case, a trailing colon allowed) and the list items that follow each, up to the next
/// heading of the same or a higher level.
/// </summary>
internal static class BodyParser
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().Build();

    public static BodySections Parse(SourceText source, TextSpan body) =>
        body.IsEmpty || !MayHaveSections(source.Text, body) ? BodySections.None : ParseMarkdown(source, body);

    /// <summary>The sections as the Markdown parser finds them, with no cheaper look first.</summary>
    internal static BodySections ParseMarkdown(SourceText source, TextSpan body)
    {
        var text = source.Text.Substring(body.Start, body.Length);
        var document = Markdig.Markdown.Parse(text, Pipeline);
        BodySection? criteria = null;
        BodySection? nonGoals = null;
        for (var i = 0; i < document.Count; i++)
        {
            if (document[i] is not HeadingBlock heading)
            {
                continue;
            }

            var kind = Classify(HeadingText(heading));
            if (kind == SectionKind.None || (kind == SectionKind.AcceptanceCriteria ? criteria : nonGoals) is not null)
            {
                continue;
            }

            var items = new List<BodyListItem>();
            for (var j = i + 1; j < document.Count; j++)
            {
                if (document[j] is HeadingBlock next && next.Level <= heading.Level)
                {
                    break;
                }

                if (document[j] is ListBlock list)
                {
                    CollectItems(source, body.Start, list, items);
                }
            }

            var headingSpan = LineSpan(source, body.Start + heading.Span.Start);
            var section = new BodySection(headingSpan, items);
            if (kind == SectionKind.AcceptanceCriteria)
            {
                criteria = section;
            }
            else
            {
                nonGoals = section;
            }
        }

        return criteria is null && nonGoals is null ? BodySections.None : new BodySections(criteria, nonGoals);
    }

    /// <summary>
    /// False when no top-level heading can name a section, so the Markdown parser need not run: no
    /// ATX heading line (up to three spaces, then <c>#</c>) and no paragraph that a setext underline
    /// (<c>===</c> or <c>---</c>) ends holds "criteria", "goal" or a character of inline markup that
    /// could hide them (code, emphasis, HTML, an entity, a link, an escape). Errs on the side of true.
    /// </summary>
    internal static bool MayHaveSections(string text, TextSpan body)
    {
        // A paragraph's words are searched only when a setext underline follows it, which few bodies
        // have, and each part of a paragraph once (from where the last underline's search ended).
        var inParagraph = false;
        var searchedTo = 0;
        for (var line = body.Start; line < body.End; line = NextLineStart(text, line, body.End))
        {
            var lineEnd = text.IndexOfAny(LineBreaks, line, body.End - line);
            lineEnd = lineEnd < 0 ? body.End : lineEnd;
            var first = SkipIndent(text, line, body.End);
            if (IsBlank(text, line, lineEnd))
            {
                inParagraph = false;
                continue;
            }

            if (first >= 0 && first < lineEnd && text[first] == '#' && MayName(text, line, lineEnd))
            {
                return true;
            }

            if (inParagraph && first >= 0 && IsUnderline(text, first, lineEnd))
            {
                if (MayName(text, searchedTo, line))
                {
                    return true;
                }

                searchedTo = line;
            }

            if (!inParagraph)
            {
                inParagraph = true;
                searchedTo = line;
            }
        }

        return false;
    }

    private static bool MayName(string text, int start, int end) =>
        text.IndexOf("criteria", start, end - start, StringComparison.OrdinalIgnoreCase) >= 0
        || text.IndexOf("goal", start, end - start, StringComparison.OrdinalIgnoreCase) >= 0
        || text.IndexOfAny(InlineMarkup, start, end - start) >= 0;

    private static readonly char[] InlineMarkup = { '`', '*', '_', '<', '&', '[', '\\' };

    private static readonly char[] LineBreaks = { '\n', '\r' };

    private static bool IsBlank(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (text[i] is not (' ' or '\t'))
            {
                return false;
            }
        }

        return true;
    }

    // A run of '=' or of '-' with nothing after it but white space.
    private static bool IsUnderline(string text, int first, int end)
    {
        if (first >= end || text[first] is not ('=' or '-'))
        {
            return false;
        }

        var marker = text[first];
        var i = first;
        while (i < end && text[i] == marker)
        {
            i++;
        }

        while (i < end && text[i] is ' ' or '\t')
        {
            i++;
        }

        return i == end;
    }

    // The first character after up to three spaces of indentation; -1 when the line is indented more.
    private static int SkipIndent(string text, int lineStart, int end)
    {
        var i = lineStart;
        while (i < end && text[i] == ' ' && i - lineStart < 3)
        {
            i++;
        }

        return i < end && (text[i] == ' ' || text[i] == '\t') ? -1 : i;
    }

    private static int NextLineStart(string text, int at, int end)
    {
        var i = at;
        while (i < end && text[i] != '\n' && text[i] != '\r')
        {
            i++;
        }

        if (i < end && text[i] == '\r')
        {
            i++;
        }

        if (i < end && text[i] == '\n')
        {
            i++;
        }

        return i;
    }

    private static void CollectItems(SourceText source, int offset, ListBlock list, List<BodyListItem> items)
    {
        foreach (var block in list)
        {
            if (block is not ListItemBlock item)
            {
                continue;
            }

            foreach (var child in item)
            {
                if (child is ParagraphBlock paragraph)
                {
                    var segments = ParagraphSegments(source, offset + paragraph.Span.Start, offset + paragraph.Span.End + 1);
                    if (segments.Count > 0)
                    {
                        var span = TextSpan.FromBounds(segments[0].Start, segments[segments.Count - 1].End);
                        items.Add(new BodyListItem(SourcedText.FromSegments(source, segments, ' '), span));
                    }

                    break;
                }
            }
        }
    }

    // A paragraph's lines, each without its indentation and trailing white space.
    private static List<TextSpan> ParagraphSegments(SourceText source, int start, int end)
    {
        var segments = new List<TextSpan>();
        var text = source.Text;
        end = Math.Min(end, text.Length);
        var lineStart = start;
        while (lineStart < end)
        {
            var lineEnd = lineStart;
            while (lineEnd < end && text[lineEnd] != '\n' && text[lineEnd] != '\r')
            {
                lineEnd++;
            }

            var s = lineStart;
            while (s < lineEnd && (text[s] == ' ' || text[s] == '\t'))
            {
                s++;
            }

            var e = lineEnd;
            while (e > s && char.IsWhiteSpace(text[e - 1]))
            {
                e--;
            }

            if (e > s)
            {
                segments.Add(TextSpan.FromBounds(s, e));
            }

            lineStart = lineEnd;
            while (lineStart < end && (text[lineStart] == '\n' || text[lineStart] == '\r'))
            {
                lineStart++;
            }
        }

        return segments;
    }

    private static TextSpan LineSpan(SourceText source, int offset)
    {
        var line = source.GetPosition(Math.Min(offset, source.Length)).Line;
        return source.GetLineSpan(line);
    }

    private static string HeadingText(HeadingBlock heading)
    {
        var builder = new StringBuilder();
        if (heading.Inline is not null)
        {
            foreach (var inline in heading.Inline.Descendants<Inline>())
            {
                switch (inline)
                {
                    case LiteralInline literal:
                        builder.Append(literal.Content.ToString());
                        break;
                    case CodeInline code:
                        builder.Append(code.Content);
                        break;
                }
            }
        }

        return builder.ToString();
    }

    private static SectionKind Classify(string headingText)
    {
        var normalized = new StringBuilder();
        foreach (var c in headingText.Trim().TrimEnd(':').Trim())
        {
            if (char.IsWhiteSpace(c) || c == '-' || c == '_')
            {
                if (normalized.Length > 0 && normalized[normalized.Length - 1] != ' ')
                {
                    normalized.Append(' ');
                }
            }
            else
            {
                normalized.Append(char.ToLowerInvariant(c));
            }
        }

        return normalized.ToString() switch
        {
            "acceptance criteria" => SectionKind.AcceptanceCriteria,
            "non goals" or "nongoals" => SectionKind.NonGoals,
            _ => SectionKind.None,
        };
    }

    private enum SectionKind
    {
        None,
        AcceptanceCriteria,
        NonGoals,
    }
}
