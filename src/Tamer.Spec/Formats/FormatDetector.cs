using System;
using Tamer.Spec.Formats.Backlog;
using Tamer.Spec.Text;

namespace Tamer.Spec.Formats;

/// <summary>
/// Recognises a file's format from its path and a first look at its text, without parsing it:
/// <c>.kiro/specs/&lt;feature&gt;/*.md</c> is Kiro, <c>specs/&lt;NNN-feature&gt;/…/*.md</c> is Spec Kit
/// (neither format has a frontmatter, so a file there that opens one stays native), a file under
/// <c>backlog/tasks</c>, <c>drafts</c>, <c>completed</c> or <c>archive</c> that opens a frontmatter is
/// Backlog.md; everything else is native. The look costs a scan of the path's separators and the
/// file's first characters.
/// </summary>
public static class FormatDetector
{
    /// <summary>The profile of the file at <paramref name="path"/> (any folder prefix, <c>/</c> or <c>\</c>).</summary>
    public static FormatProfile Detect(string path, SourceText text)
    {
        if (path is null)
        {
            throw new ArgumentNullException(nameof(path));
        }

        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        if (!path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || (path.IndexOf("specs", StringComparison.Ordinal) < 0 && path.IndexOf("backlog", StringComparison.Ordinal) < 0))
        {
            return FormatProfiles.Native;
        }

        var segments = path.Replace('\\', '/').Split('/');
        var opensFrontmatter = OpensFrontmatter(text.Text);
        var last = segments.Length - 1;
        if (last >= 3 && segments[last - 3] == ".kiro" && segments[last - 2] == "specs")
        {
            return opensFrontmatter ? FormatProfiles.Native : FormatProfiles.Kiro;
        }

        for (var i = 0; i + 2 <= last; i++)
        {
            if (segments[i] == "specs" && IsSpecKitFeature(segments[i + 1]))
            {
                return opensFrontmatter ? FormatProfiles.Native : FormatProfiles.SpecKit;
            }

            if (segments[i] == "backlog" && opensFrontmatter && BacklogPaths.IsBacklogFolder(segments, i + 1))
            {
                return FormatProfiles.BacklogMd;
            }
        }

        return FormatProfiles.Native;
    }

    /// <summary>A Spec Kit feature folder: three or more digits, a dash, a name (<c>001-user-auth</c>).</summary>
    internal static bool IsSpecKitFeature(string folder)
    {
        var digits = 0;
        while (digits < folder.Length && folder[digits] >= '0' && folder[digits] <= '9')
        {
            digits++;
        }

        return digits >= 3 && digits + 1 < folder.Length && folder[digits] == '-';
    }

    private static bool OpensFrontmatter(string text) =>
        text.StartsWith("---", StringComparison.Ordinal) && (text.Length == 3 || text[3] is '\n' or '\r' or ' ' or '\t');
}
