using System.Diagnostics;

namespace Tamer.Spec.Cli.Tests;

/// <summary>Runs git in a test's temporary repository.</summary>
internal static class Git
{
    private static readonly Lazy<bool> Installed = new(() =>
    {
        try
        {
            return Run(Path.GetTempPath(), "--version").ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    });

    public static bool IsInstalled => Installed.Value;

    /// <summary>Makes <paramref name="folder"/> a repository with a committer, so that commits work anywhere.</summary>
    public static void Init(string folder)
    {
        Ok(folder, "init", "-q", "-b", "main");
        Ok(folder, "config", "user.email", "tests@tamer.invalid");
        Ok(folder, "config", "user.name", "Tamer tests");
        Ok(folder, "config", "commit.gpgsign", "false");
        Ok(folder, "config", "core.autocrlf", "false");
    }

    public static void CommitAll(string folder, string message)
    {
        Ok(folder, "add", "-A");
        Ok(folder, "commit", "-q", "-m", message);
    }

    public static string Ok(string folder, params string[] arguments)
    {
        var (exitCode, output, error) = Run(folder, arguments);
        exitCode.ShouldBe(0, "git " + string.Join(" ", arguments) + ": " + error);
        return output;
    }

    public static (int ExitCode, string Output, string Error) Run(string folder, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result, error.Result);
    }
}
