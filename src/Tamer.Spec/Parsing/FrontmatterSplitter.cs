using System;
using Tamer.Spec.Text;

namespace Tamer.Spec.Parsing;

/// <summary>
/// Finds the frontmatter: the first line is exactly <c>---</c> (trailing blanks allowed) and a
/// later line is exactly <c>---</c> or <c>...</c>.
/// </summary>
internal static class FrontmatterSplitter
{
    public static FrontmatterBlock? Split(SourceText source, out ParseProblem? problem)
    {
        problem = null;
        if (source.Length == 0)
        {
            problem = new ParseProblem(ParseProblemKind.MissingFrontmatter, default, isFatal: true, "the file is empty; a Work Item starts with a '---' line");
            return null;
        }

        var opening = source.GetLineSpan(1);
        if (!IsDelimiter(source, opening, allowDots: false))
        {
            problem = new ParseProblem(
                ParseProblemKind.MissingFrontmatter,
                opening,
                isFatal: true,
                "the first line must be '---' to open the YAML frontmatter");
            return null;
        }

        for (var line = 2; line <= source.LineCount; line++)
        {
            var span = source.GetLineSpan(line);
            if (IsDelimiter(source, span, allowDots: true))
            {
                var yamlStart = source.GetFullLineSpan(1).End;
                var closing = source.GetFullLineSpan(line);
                return new FrontmatterBlock(
                    opening,
                    TextSpan.FromBounds(yamlStart, span.Start),
                    TextSpan.FromBounds(0, closing.End),
                    TextSpan.FromBounds(closing.End, source.Length));
            }
        }

        problem = new ParseProblem(
            ParseProblemKind.UnclosedFrontmatter,
            opening,
            isFatal: true,
            "the frontmatter opened on line 1 is never closed by a '---' or '...' line");
        return null;
    }

    private static bool IsDelimiter(SourceText source, TextSpan line, bool allowDots)
    {
        var text = source.Text;
        if (line.Length < 3)
        {
            return false;
        }

        var marker = text.Substring(line.Start, 3);
        if (!string.Equals(marker, "---", StringComparison.Ordinal) && !(allowDots && string.Equals(marker, "...", StringComparison.Ordinal)))
        {
            return false;
        }

        for (var i = line.Start + 3; i < line.End; i++)
        {
            if (text[i] != ' ' && text[i] != '\t')
            {
                return false;
            }
        }

        return true;
    }
}
