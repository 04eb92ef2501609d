using System;
using System.Text.RegularExpressions;

namespace Tamer.Spec.Formats.Backlog;

/// <summary>Where Backlog.md keeps its files, and the id a task's file name carries (<c>task-7 - Title.md</c>).</summary>
internal static class BacklogPaths
{
    private static readonly Regex TaskFileName = new(
        @"^(?<id>[A-Za-z][A-Za-z0-9_]*-\d+(?:\.\d+)*)(?:\s+-\s+.*)?\.md$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>True when <c>segments[index]</c> is a folder Backlog.md keeps inside <c>backlog/</c>, with a file below it.</summary>
    public static bool IsBacklogFolder(string[] segments, int index) =>
        index < segments.Length - 1 && (IsTaskFolder(segments[index]) || segments[index] is "docs" or "decisions" or "milestones");

    /// <summary>True when <paramref name="folder"/> (inside <c>backlog/</c>) holds tasks: <c>tasks</c>, <c>drafts</c>, <c>completed</c>, <c>archive</c>.</summary>
    public static bool IsTaskFolder(string folder) => folder is "tasks" or "drafts" or "completed" or "archive";

    /// <summary>
    /// True when the file is a task or a draft (not a document, a decision or a milestone, which
    /// Backlog.md keeps beside them and which are no Work Items).
    /// </summary>
    public static bool IsTask(string path)
    {
        var segments = path.Replace('\\', '/').Split('/');
        for (var i = segments.Length - 2; i >= 0; i--)
        {
            if (segments[i] == "backlog")
            {
                for (var j = i + 1; j < segments.Length - 1; j++)
                {
                    if (segments[j] is "docs" or "decisions" or "milestones")
                    {
                        return false;
                    }
                }

                return IdOfFileName(segments[segments.Length - 1]) is not null;
            }
        }

        return IdOfFileName(segments[segments.Length - 1]) is not null;
    }

    /// <summary>The id a task's file name starts with (<c>task-7</c>, <c>back-12.3</c>), or null.</summary>
    public static string? IdOfFileName(string fileName)
    {
        var match = TaskFileName.Match(fileName ?? throw new ArgumentNullException(nameof(fileName)));
        return match.Success ? match.Groups["id"].Value : null;
    }

    /// <summary>The file name of a path.</summary>
    public static string FileName(string path)
    {
        var slash = path.LastIndexOfAny(new[] { '/', '\\' });
        return slash < 0 ? path : path.Substring(slash + 1);
    }
}
