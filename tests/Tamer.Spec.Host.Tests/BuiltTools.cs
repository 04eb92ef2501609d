using System.Diagnostics;
using Tamer.Spec.Testing;

namespace Tamer.Spec.Host.Tests;

/// <summary>The host's and tamer-lint's built assemblies (same configuration as these tests), run as processes.</summary>
internal static class BuiltTools
{
    private static string Configuration => new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;

    public static string HostAssembly => Built("Tamer.Spec.Host", "Tamer.Spec.Host.dll");

    public static string TamerLintAssembly => Built("Tamer.Spec.Cli", "dotnet-tamer-lint.dll");

    /// <summary>Runs tamer-lint to the end; its exit code and standard output.</summary>
    public static (int ExitCode, string Output) TamerLint(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(TamerLintAssembly);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        _ = error.Result;
        return (process.ExitCode, output);
    }

    private static string Built(string project, string assembly)
    {
        var path = RepositoryPaths.InRepository("src", project, "bin", Configuration, "net10.0", assembly);
        return File.Exists(path) ? path : throw new FileNotFoundException(path + " is not built");
    }
}
