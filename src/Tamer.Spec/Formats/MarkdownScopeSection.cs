using System;
using System.Collections.Generic;
using Tamer.Spec.Model;
using Tamer.Spec.Text;
using Tamer.Spec.Yaml;

namespace Tamer.Spec.Formats;

/// <summary>
/// A scope written in a Markdown body, for formats whose frontmatter (if any) has no place for one:
/// a heading named <c>Scope</c> and under it list items <c>write: path, path</c>,
/// <c>read_only: …</c>, <c>forbidden: …</c> and <c>extend_scope: false</c> (paths may be in
/// backticks). Each path keeps its own span.
/// </summary>
internal static class MarkdownScopeSection
{
    /// <summary>The scope under the first <c>Scope</c> heading of <paramref name="lines"/>, or null when there is none.</summary>
    public static ScopeDeclaration? Read(SourceText source, IReadOnlyList<MarkdownLine> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].IsHeading && MarkdownOutline.HeadingName(source, lines[i]) == "scope")
            {
                return ReadSection(source, lines, i);
            }
        }

        return null;
    }

    private static ScopeDeclaration ReadSection(SourceText source, IReadOnlyList<MarkdownLine> lines, int heading)
    {
        PathList? write = null, readOnly = null, forbidden = null;
        BooleanValue? extendScope = null;
        var any = false;
        for (var i = heading + 1; i < lines.Count && !(lines[i].IsHeading && lines[i].HeadingLevel <= lines[heading].HeadingLevel); i++)
        {
            var line = lines[i];
            if (!line.IsListItem)
            {
                continue;
            }

            var text = source.Text;
            var colon = text.IndexOf(':', line.Content.Start, line.Content.Length);
            if (colon < 0)
            {
                continue;
            }

            var key = text.Substring(line.Content.Start, colon - line.Content.Start).Trim().Trim('`', '*').Trim().ToLowerInvariant().Replace(' ', '_').Replace('-', '_');
            var keySpan = TextSpan.FromBounds(line.Content.Start, colon);
            var values = TextSpan.FromBounds(colon + 1, line.Content.End);
            switch (key)
            {
                case "write":
                    write = Paths(source, ScopeAccess.Write, keySpan, values);
                    any = true;
                    break;
                case "read_only":
                    readOnly = Paths(source, ScopeAccess.ReadOnly, keySpan, values);
                    any = true;
                    break;
                case "forbidden":
                    forbidden = Paths(source, ScopeAccess.Forbidden, keySpan, values);
                    any = true;
                    break;
                case "extend_scope":
                    var value = Scalar(source, Trimmed(source.Text, values));
                    extendScope = new BooleanValue(keySpan, value, value.TryGetBoolean(out var flag) ? flag : null);
                    any = true;
                    break;
            }
        }

        return new ScopeDeclaration(any ? ScopeShape.Mapping : ScopeShape.Empty, lines[heading].Content, null, write, readOnly, forbidden, extendScope, Array.Empty<PathEntry>());
    }

    private static PathList Paths(SourceText source, ScopeAccess access, TextSpan keySpan, TextSpan values)
    {
        var text = source.Text;
        var entries = new List<PathEntry>();
        var start = values.Start;
        for (var p = values.Start; p <= values.End; p++)
        {
            if (p < values.End && text[p] != ',')
            {
                continue;
            }

            var path = Trimmed(text, TextSpan.FromBounds(start, p));
            if (path.Length > 0)
            {
                entries.Add(new PathEntry(access, Scalar(source, path)));
            }

            start = p + 1;
        }

        var whole = Trimmed(text, values);
        return new PathList(access, keySpan, Scalar(source, whole), entries);
    }

    // The span without blanks and without the backticks of inline code around it.
    private static TextSpan Trimmed(string text, TextSpan span)
    {
        var start = span.Start;
        var end = span.End;
        while (start < end && (char.IsWhiteSpace(text[start]) || text[start] == '`'))
        {
            start++;
        }

        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] == '`'))
        {
            end--;
        }

        return TextSpan.FromBounds(start, end);
    }

    private static YamlScalar Scalar(SourceText source, TextSpan span) =>
        new(span, span, source.ToString(span), YamlScalarStyle.Plain, null);
}
