using System;
using System.Collections.Generic;
using System.Globalization;

namespace Tamer.Spec.Repository.History;

/// <summary>
/// A branch's history as a person reads it: the commits of its first-parent line (merges count
/// as the commit that brought the change in), newest first, with their committer dates.
/// </summary>
public static class GitHistory
{
    /// <summary>The commit a revision names, as its full id; a <see cref="GitException"/> when it names none.</summary>
    public static string ResolveCommit(string topLevel, string revision) => GitChanges.Commit(topLevel, revision);

    /// <summary>The first-parent commits reachable from <paramref name="head"/> (a commit id), newest first.</summary>
    public static IReadOnlyList<HistoryCommit> FirstParentLine(string topLevel, string head)
    {
        var fields = GitChanges.Split(GitProcess.Run(topLevel, "log", "log", "--first-parent", "-z", "--format=%H %ct", head, "--"));
        var commits = new List<HistoryCommit>(fields.Count);
        foreach (var field in fields)
        {
            var line = field.Trim('\n');
            var space = line.IndexOf(' ', StringComparison.Ordinal);
            if (space <= 0 || !long.TryParse(line.AsSpan(space + 1), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds))
            {
                throw new GitException("git log printed a line that is not a commit and a date: '" + line + "'");
            }

            commits.Add(new HistoryCommit(line[..space], DateTimeOffset.FromUnixTimeSeconds(seconds)));
        }

        return commits;
    }
}
