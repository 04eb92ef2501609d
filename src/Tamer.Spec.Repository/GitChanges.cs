using System;
using System.Collections.Generic;
using System.Text;

namespace Tamer.Spec.Repository;

/// <summary>
/// The paths a git change touches, from <c>git diff --name-status -z</c>: added, modified,
/// deleted and type-changed paths; both sides of a rename; the new side of a copy. Without a head
/// revision the change runs from the base to the working tree, untracked files included. Paths
/// are relative to the top of the working tree.
/// </summary>
public static class GitChanges
{
    /// <summary>The top of the working tree that holds <paramref name="directory"/>.</summary>
    public static string TopLevel(string directory) =>
        Encoding.UTF8.GetString(GitProcess.Run(directory, "rev-parse", "rev-parse", "--show-toplevel")).Trim();

    public static IReadOnlyList<string> Between(string topLevel, string baseRevision, string? headRevision)
    {
        // A revision is a revision, never an option git would act on ("--output=…").
        baseRevision = Commit(topLevel, baseRevision);
        headRevision = headRevision is null ? null : Commit(topLevel, headRevision);
        var arguments = new List<string> { "-c", "core.quotepath=off", "diff", "--name-status", "-z", "-M", baseRevision };
        if (headRevision is not null)
        {
            arguments.Add(headRevision);
        }

        arguments.Add("--");
        var paths = ParseNameStatus(GitProcess.Run(topLevel, "diff", arguments.ToArray()));
        if (headRevision is null)
        {
            paths.AddRange(Split(GitProcess.Run(topLevel, "ls-files", "ls-files", "--others", "--exclude-standard", "-z")));
        }

        return paths;
    }

    /// <summary>The commit a revision names, or a usage error that says which revision is not one.</summary>
    internal static string Commit(string topLevel, string revision)
    {
        if (revision.Length == 0 || revision.StartsWith("-", StringComparison.Ordinal))
        {
            throw new GitException("'" + revision + "' is not a revision");
        }

        try
        {
            return Encoding.UTF8.GetString(GitProcess.Run(topLevel, "rev-parse", "rev-parse", "--verify", "--quiet", revision + "^{commit}")).Trim();
        }
        catch (GitException)
        {
            throw new GitException("'" + revision + "' names no commit in " + topLevel);
        }
    }

    /// <summary>Reads the fields of <c>--name-status -z</c>: a status, then one path (two for a rename or copy).</summary>
    public static List<string> ParseNameStatus(byte[] output)
    {
        var fields = Split(output);
        var paths = new List<string>();
        for (var i = 0; i < fields.Count; i++)
        {
            var status = fields[i];
            if (status.Length == 0)
            {
                continue;
            }

            switch (status[0])
            {
                case 'R' when i + 2 < fields.Count:
                    paths.Add(fields[i + 1]);
                    paths.Add(fields[i + 2]);
                    i += 2;
                    break;
                case 'C' when i + 2 < fields.Count:
                    paths.Add(fields[i + 2]);
                    i += 2;
                    break;
                default:
                    if (i + 1 < fields.Count)
                    {
                        paths.Add(fields[i + 1]);
                    }

                    i++;
                    break;
            }
        }

        return paths;
    }

    internal static List<string> Split(byte[] output)
    {
        var fields = new List<string>();
        var start = 0;
        for (var i = 0; i < output.Length; i++)
        {
            if (output[i] == 0)
            {
                fields.Add(Encoding.UTF8.GetString(output, start, i - start));
                start = i + 1;
            }
        }

        if (start < output.Length)
        {
            fields.Add(Encoding.UTF8.GetString(output, start, output.Length - start));
        }

        return fields;
    }
}
