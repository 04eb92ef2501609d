using System;
using System.Collections.Generic;
using System.Linq;
using Tamer.Spec.Model;
using Tamer.Spec.Text;

namespace Tamer.Spec.Formats;

/// <summary>
/// Builds the Work Item of a format that has no frontmatter (Spec Kit, Kiro): the whole file is
/// the body, diagnostics about something missing point at the first line, and the parts the
/// profile found keep their spans.
/// </summary>
internal static class MarkdownWorkItem
{
    public static WorkItemParts Start(SourceText source)
    {
        var firstLine = source.LineCount == 0 ? default : source.GetLineSpan(1);
        return new WorkItemParts(SourcedText.FromSpan(source, new TextSpan(0, source.Length)))
        {
            Frontmatter = null,
            FrontmatterSpan = new TextSpan(0, 0),
            OpeningLineSpan = firstLine,
        };
    }

    /// <summary>
    /// A text that is not written in the file (an id taken from the folder name), located at
    /// <paramref name="at"/> (the line diagnostics about it point to).
    /// </summary>
    public static SourcedText Unwritten(SourceText source, string value, TextSpan at) =>
        SourcedText.Aligned(source, value, at, new TextSpan(at.Start, 0), doubleQuoted: false, singleQuoted: false);

    /// <summary>The list items under the first heading named one of <paramref name="names"/>, as non-goals; absent when there is no such heading.</summary>
    public static DeclaredList<SourcedText> NonGoals(SourceText source, IReadOnlyList<MarkdownLine> lines, params string[] names)
    {
        var heading = MarkdownItems.FindHeading(source, lines, names);
        return heading < 0
            ? DeclaredList<SourcedText>.Absent
            : new DeclaredList<SourcedText>(ListOrigin.Body, lines[heading].Span, MarkdownItems.TopItems(source, lines, heading), null);
    }

    /// <summary>
    /// The first <c>#</c> heading's text after a colon (<c>Feature Specification: Paint Mixing</c> →
    /// <c>Paint Mixing</c>), or its whole text; null when there is none, or when it is one of
    /// <paramref name="emptyTitles"/> (a template's own heading, which names nothing).
    /// </summary>
    public static SourcedText? HeadingTitle(SourceText source, IReadOnlyList<MarkdownLine> lines, IReadOnlyList<string> emptyTitles)
    {
        var first = lines.FirstOrDefault(l => l.HeadingLevel == 1);
        if (first is null)
        {
            return null;
        }

        var text = SourcedText.FromSpan(source, first.Content);
        var colon = text.Value.IndexOf(':');
        var title = colon >= 0 ? text.Slice(colon + 1, text.Value.Length - colon - 1).Trim() : text;
        return title.Value.Length == 0 || emptyTitles.Any(t => string.Equals(title.Value, t, StringComparison.OrdinalIgnoreCase)) ? null : title;
    }

    public static WorkItem Finish(WorkItemParts parts) => new(parts);
}
