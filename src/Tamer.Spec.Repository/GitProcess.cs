using System;
using System.ComponentModel;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;

namespace Tamer.Spec.Repository;

/// <summary>Runs one git command to its end, with a time limit.</summary>
internal static class GitProcess
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    /// <summary>Runs git in <paramref name="directory"/> and returns its standard output; <paramref name="command"/> names it in messages. A failure becomes a <see cref="GitException"/> in one line with git's own reason.</summary>
    public static byte[] Run(string directory, string command, params string[] arguments)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new GitException("git could not be started");
        }
        catch (Win32Exception)
        {
            throw new GitException("git was not found", gitMissing: true);
        }

        using (process)
        {
            using var output = new MemoryStream();
            var copy = process.StandardOutput.BaseStream.CopyToAsync(output);
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit((int)Timeout.TotalMilliseconds))
            {
                process.Kill(entireProcessTree: true);
                throw new GitException("git " + command + " did not finish within " + Timeout.TotalMinutes + " minutes");
            }

            Task.WaitAll(copy, error);
            if (process.ExitCode != 0)
            {
                var first = error.Result.Split('\n')[0].Trim();
                throw new GitException("git " + command + " failed: " + (first.Length > 0 ? first : "exit code " + process.ExitCode));
            }

            return output.ToArray();
        }
    }
}
