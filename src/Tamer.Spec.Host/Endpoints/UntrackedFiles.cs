using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;

namespace Tamer.Spec.Host.Endpoints;

/// <summary>
/// Which of some paths git does not track in a working tree (<c>git ls-files --others
/// --exclude-standard</c>): a submission from a base to the working tree counts them as changed,
/// and reverting one means removing it, since <c>git restore</c> does not know it.
/// </summary>
internal static class UntrackedFiles
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    /// <summary>The untracked ones among <paramref name="paths"/>; none when git cannot tell (the restore command is then given for every path).</summary>
    public static IReadOnlySet<string> Among(string topLevel, IReadOnlyCollection<string> paths)
    {
        var untracked = new HashSet<string>(StringComparer.Ordinal);
        if (paths.Count == 0)
        {
            return untracked;
        }

        var start = new ProcessStartInfo("git") { WorkingDirectory = topLevel, RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = Encoding.UTF8 };
        foreach (var argument in new[] { "--literal-pathspecs", "-c", "core.quotepath=off", "ls-files", "--others", "--exclude-standard", "-z", "--" }.Concat(paths))
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(Timeout) || process.ExitCode != 0)
            {
                return untracked;
            }

            _ = error.Result;
            untracked.UnionWith(output.Split('\0', StringSplitOptions.RemoveEmptyEntries));
        }
        catch (Exception exception) when (exception is Win32Exception or IOException or InvalidOperationException)
        {
            untracked.Clear();
        }

        return untracked;
    }
}
