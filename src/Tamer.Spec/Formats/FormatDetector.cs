using System;
using Tamer.Spec.Formats.Backlog;
using Tamer.Spec.Text;

namespace Tamer.Spec.Formats;

/// <summary>
/// Recognises a file's format from its path and a first look at its text, without parsing it:
/// <c>.kiro/specs/&lt;feature&gt;/*.md</c> is Kiro, <c>specs/&lt;NNN-feature&gt;/…/*.md</c> is Spec Kit
/// (a file there whose frontmatter has an <c>id</c> is a native Work Item and stays native), a file
/// under <c>backlog/tasks</c>, <c>drafts</c>, <c>completed</c>, <c>archive</c>, <c>docs</c>,
/// <c>decisions</c> or <c>milestones</c> is Backlog.md (unless its name carries no task id and its
/// frontmatter has an id: a native Work Item); everything else is native. The look costs a scan
/// of the path's separators and, in those folders only, of the frontmatter's first lines.
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
        var last = segments.Length - 1;
        if (last >= 3 && segments[last - 3] == ".kiro" && segments[last - 2] == "specs")
        {
            return IsNativeWorkItem(text.Text) ? FormatProfiles.Native : FormatProfiles.Kiro;
        }

        for (var i = 0; i + 2 <= last; i++)
        {
            if (segments[i] == "specs" && IsSpecKitFeature(segments[i + 1]))
            {
                return IsNativeWorkItem(text.Text) ? FormatProfiles.Native : FormatProfiles.SpecKit;
            }

            if (segments[i] == "backlog" && BacklogPaths.IsBacklogFolder(segments, i + 1))
            {
                // A task's file name carries its id; a file there whose name carries none but whose
                // frontmatter has an id is a native Work Item kept in a folder of that name.
                return BacklogPaths.IsTaskFolder(segments[i + 1]) && BacklogPaths.IdOfFileName(segments[last]) is null && IsNativeWorkItem(text.Text)
                    ? FormatProfiles.Native
                    : FormatProfiles.BacklogMd;
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

    /// <summary>
    /// True when the text opens a frontmatter with an <c>id</c> key: a native Work Item placed in a
    /// Spec Kit or Kiro folder. (Spec Kit's own templates open some files with a frontmatter too,
    /// with a description but no id.) Only the frontmatter's lines are looked at.
    /// </summary>
    internal static bool IsNativeWorkItem(string text)
    {
        if (!(text.StartsWith("---", StringComparison.Ordinal) && (text.Length == 3 || text[3] is '\n' or '\r' or ' ' or '\t')))
        {
            return false;
        }

        var line = text.IndexOf('\n') + 1;
        while (line > 0 && line < text.Length)
        {
            if (string.CompareOrdinal(text, line, "---", 0, 3) == 0 || string.CompareOrdinal(text, line, "...", 0, 3) == 0)
            {
                return false;
            }

            if (string.CompareOrdinal(text, line, "id:", 0, 3) == 0)
            {
                return true;
            }

            line = text.IndexOf('\n', line) + 1;
        }

        return false;
    }
}
