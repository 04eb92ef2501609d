using System.Text.Json.Nodes;
using Tamer.Spec.Testing;

namespace Tamer.Spec.LanguageServer.Tests;

/// <summary>Runs <c>tamer-lint</c> as a process, as a user would, for the answers the server must equal.</summary>
internal static class CommandLine
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    public static FinishedProcess Run(string workingDirectory, params string[] args) =>
        ProcessToEnd.Dotnet(workingDirectory, LspClient.ServerDll, args, Timeout);

    /// <summary>The diagnostics <c>lint --format json FILE</c> reports for one file (relative to <paramref name="folder"/>).</summary>
    public static JsonArray JsonDiagnostics(string folder, string relativePath)
    {
        var run = Run(folder, "lint", "--format", "json", relativePath);
        return JsonNode.Parse(run.Output)!["files"]![0]!["diagnostics"]!.AsArray();
    }
}
