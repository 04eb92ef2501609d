using System.Diagnostics;
using System.Text.Json.Nodes;

namespace Tamer.Spec.LanguageServer.Tests;

/// <summary>Runs <c>tamer-lint</c> as a process, as a user would, for the answers the server must equal.</summary>
internal static class CommandLine
{
    public static (int ExitCode, string Output, string Error) Run(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(LspClient.ServerDll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result, error.Result);
    }

    /// <summary>The diagnostics <c>lint --format json FILE</c> reports for one file (relative to <paramref name="folder"/>).</summary>
    public static JsonArray JsonDiagnostics(string folder, string relativePath)
    {
        var run = Run(folder, "lint", "--format", "json", relativePath);
        return JsonNode.Parse(run.Output)!["files"]![0]!["diagnostics"]!.AsArray();
    }
}
