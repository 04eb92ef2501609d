using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using Tamer.Spec.Text;

namespace Tamer.Spec.Formats.Kiro;

/// <summary>
/// Reads the file list of a Kiro design.md: the paths after a <c>**File:**</c> or <c>**Files:**</c>
/// label, and under a heading that names files (<c>### Files to Modify</c>, <c>## File Changes</c>,
/// <c>## Affected files</c>) the paths of its list items, table rows and code lines. Where such a
/// line quotes paths as inline code, only those count ("`src/a.rs` — moved from score/"). Each path
/// keeps its own span.
/// </summary>
internal static class KiroDesignReader
{
    private static readonly Regex FileLabel = new(@"^\*\*\s*(?:[A-Za-z]+\s+)?files?\s*(?::\s*\*\*|\*\*\s*:)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    public static List<(string Path, TextSpan Span)> Read(SourceText source, IReadOnlyList<MarkdownLine> lines)
    {
        var paths = new List<(string, TextSpan)>();
        var listLevel = 0;
        foreach (var line in lines)
        {
            if (line.IsHeading)
            {
                if (listLevel > 0 && line.HeadingLevel <= listLevel)
                {
                    listLevel = 0;
                }

                if (listLevel == 0 && NamesFiles(MarkdownOutline.HeadingName(source, line)))
                {
                    listLevel = line.HeadingLevel;
                }

                continue;
            }

            var content = source.ToString(line.Content);
            if (!line.InCode && FileLabel.Match(content) is { Success: true } label)
            {
                Add(paths, line.Content.Start + label.Length, PathWords.Quoted(content.Substring(label.Length)));
            }
            else if (listLevel > 0 && line.InCode)
            {
                // A code block of paths, one a line; a drawn tree names parts, not paths.
                if (content.IndexOfAny(new[] { '├', '└', '│' }) < 0 && !content.StartsWith("```", StringComparison.Ordinal) && !content.StartsWith("~~~", StringComparison.Ordinal))
                {
                    var first = PathWords.In(content);
                    if (first.Count > 0 && first[0].Index == 0)
                    {
                        Add(paths, line.Content.Start, new List<(string, int)> { first[0] });
                    }
                }
            }
            else if (listLevel > 0 && (line.IsListItem || content.StartsWith("|", StringComparison.Ordinal)))
            {
                Add(paths, line.Content.Start, PathWords.Quoted(content));
            }
        }

        return paths;
    }

    // "files to modify", "file changes", "affected files", "file list": a heading that lists files, not
    // one about a file ("log file structure", "file naming convention").
    private static bool NamesFiles(string name)
    {
        var words = name.Split(new[] { ' ', '/', '-', '&' }, StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            if (words[i] == "files" || (words[i] == "file" && i + 1 < words.Length && words[i + 1] is "list" or "changes" or "changed"))
            {
                return true;
            }
        }

        return false;
    }

    private static void Add(List<(string, TextSpan)> paths, int offset, List<(string Path, int Index)> found)
    {
        foreach (var (path, index) in found)
        {
            paths.Add((path, new TextSpan(offset + index, path.Length)));
        }
    }
}
