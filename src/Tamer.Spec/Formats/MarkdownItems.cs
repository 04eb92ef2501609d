using System.Collections.Generic;
using Tamer.Spec.Text;

namespace Tamer.Spec.Formats;

/// <summary>Reading list items and sections out of <see cref="MarkdownOutline"/> lines.</summary>
internal static class MarkdownItems
{
    /// <summary>
    /// The text of the list item at <paramref name="index"/>: its first line and the lines that
    /// continue its paragraph (not blank, not a heading, not another item), joined by a space.
    /// </summary>
    public static SourcedText ItemText(SourceText source, IReadOnlyList<MarkdownLine> lines, int index)
    {
        var segments = new List<TextSpan> { lines[index].Content };
        for (var i = index + 1; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.InCode || line.IsHeading || line.IsListItem || line.Content.Length == 0)
            {
                break;
            }

            segments.Add(line.Content);
        }

        return segments.Count == 1 ? SourcedText.FromSpan(source, segments[0]) : SourcedText.FromSegments(source, segments, ' ');
    }

    /// <summary>The index after the last line of the section that the heading at <paramref name="heading"/> opens.</summary>
    public static int SectionEnd(IReadOnlyList<MarkdownLine> lines, int heading)
    {
        var level = lines[heading].HeadingLevel;
        var i = heading + 1;
        while (i < lines.Count && !(lines[i].IsHeading && lines[i].HeadingLevel <= level))
        {
            i++;
        }

        return i;
    }

    /// <summary>The first heading whose name (see <see cref="MarkdownOutline.HeadingName"/>) is one of <paramref name="names"/>, or -1.</summary>
    public static int FindHeading(SourceText source, IReadOnlyList<MarkdownLine> lines, params string[] names)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].IsHeading)
            {
                var name = MarkdownOutline.HeadingName(source, lines[i]);
                foreach (var wanted in names)
                {
                    if (name == wanted)
                    {
                        return i;
                    }
                }
            }
        }

        return -1;
    }

    /// <summary>The top-level list items of a section (the least indented ones), as texts.</summary>
    public static List<SourcedText> TopItems(SourceText source, IReadOnlyList<MarkdownLine> lines, int heading)
    {
        var items = new List<SourcedText>();
        var end = SectionEnd(lines, heading);
        var indent = int.MaxValue;
        for (var i = heading + 1; i < end; i++)
        {
            if (lines[i].IsListItem && !lines[i].InCode && lines[i].Indent < indent)
            {
                indent = lines[i].Indent;
            }
        }

        for (var i = heading + 1; i < end; i++)
        {
            if (lines[i].IsListItem && !lines[i].InCode && lines[i].Indent == indent)
            {
                items.Add(ItemText(source, lines, i).Trim());
            }
        }

        return items;
    }

    /// <summary>The number of an ordered list item (<c>3.</c> → 3) and where it is written; nulls for a bullet.</summary>
    public static (string? Number, TextSpan? Span) ListNumber(SourceText source, MarkdownLine line)
    {
        var text = source.Text;
        var p = line.Span.Start;
        while (p < line.Content.Start && text[p] is ' ' or '\t')
        {
            p++;
        }

        var start = p;
        while (p < line.Content.Start && text[p] >= '0' && text[p] <= '9')
        {
            p++;
        }

        return p > start ? (text.Substring(start, p - start), TextSpan.FromBounds(start, p)) : (null, null);
    }
}
