using System;
using System.Diagnostics;
using System.IO;
using System.Text.Json.Nodes;
using System.Threading;

namespace Tamer.Spec.Testing;

/// <summary>
/// The reference TypeScript MCP client (<c>@modelcontextprotocol/sdk</c> from npm), driven by
/// <c>tests/mcp-client/client.mjs</c> under Node: a list of steps in, one JSON document of outcomes
/// out. The package is installed (<c>npm ci</c>) on first use when it is not there yet.
/// </summary>
public static class McpClientScript
{
    /// <summary>The longest a run of steps may take before it counts as hung.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(4);

    private static readonly object InstallGate = new();

    public static string Folder => RepositoryPaths.InRepository("tests", "mcp-client");

    /// <summary>Runs <paramref name="steps"/> against a server: <c>stdio COMMAND ARGS…</c> or <c>http URL [TOKEN]</c>.</summary>
    public static JsonObject Run(JsonArray steps, params string[] target) => RunIn(null, steps, target);

    /// <summary>As <see cref="Run"/>, a stdio server started in <paramref name="serverDirectory"/> (null: the client's folder).</summary>
    public static JsonObject RunIn(string? serverDirectory, JsonArray steps, params string[] target)
    {
        EnsureInstalled();
        var stepsFile = Path.Combine(Path.GetTempPath(), "tamer-mcp-steps-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(stepsFile, steps.ToJsonString());
        try
        {
            var start = new ProcessStartInfo("node") { WorkingDirectory = Folder, RedirectStandardOutput = true, RedirectStandardError = true };
            start.ArgumentList.Add(Path.Combine(Folder, "client.mjs"));
            if (serverDirectory is not null)
            {
                start.Environment["MCP_SERVER_CWD"] = serverDirectory;
            }

            start.ArgumentList.Add(stepsFile);
            foreach (var argument in target)
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("the MCP client did not finish within " + Timeout + "; stderr: " + Tail(error.Result));
            }

            var text = output.Result;
            if (process.ExitCode != 0 || text.Trim().Length == 0)
            {
                throw new InvalidOperationException("the MCP client exited with " + process.ExitCode + "; stderr: " + Tail(error.Result));
            }

            return (JsonObject)JsonNode.Parse(text)!;
        }
        finally
        {
            File.Delete(stepsFile);
        }
    }

    /// <summary>Installs the client package from its lock file, once, whichever test process asks first.</summary>
    public static void EnsureInstalled()
    {
        lock (InstallGate)
        {
            if (File.Exists(Path.Combine(Folder, "node_modules", "@modelcontextprotocol", "sdk", "package.json")))
            {
                return;
            }

            using var fileLock = LockFile(Path.Combine(Folder, ".install.lock"));
            if (File.Exists(Path.Combine(Folder, "node_modules", "@modelcontextprotocol", "sdk", "package.json")))
            {
                return;
            }

            var start = new ProcessStartInfo("npm") { WorkingDirectory = Folder, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in new[] { "ci", "--no-audit", "--no-fund" })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException("npm did not start");
            var error = process.StandardError.ReadToEndAsync();
            _ = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException("npm ci in " + Folder + " failed: " + Tail(error.Result));
            }
        }
    }

    private static FileStream LockFile(string path)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            }
            catch (IOException) when (attempt < 600)
            {
                Thread.Sleep(500);
            }
        }
    }

    private static string Tail(string text) => text.Length <= 4000 ? text : text[^4000..];
}
