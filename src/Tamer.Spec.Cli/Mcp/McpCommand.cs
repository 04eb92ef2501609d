using System.CommandLine;
using System.IO;

namespace Tamer.Spec.Cli.Mcp;

/// <summary>The <c>mcp</c> command: <c>tamer-lint mcp [--root DIR]</c>.</summary>
internal static class McpCommand
{
    public static Command Build(CliSessions sessions, CliEnvironment environment)
    {
        var root = new Option<string?>("--root") { Description = "The repository to serve (default: the current folder).", HelpName = "DIR" };
        var command = new Command("mcp", "Serve the gate to coding agents: a Model Context Protocol server over standard input and output (tools lint, fix, explain, verify, list_work_items; Work Items as resources). It writes no file.") { root };
        command.SetAction((parseResult, cancellation) =>
        {
            var folder = environment.Resolve(parseResult.GetValue(root) ?? ".");
            if (!Directory.Exists(folder))
            {
                throw new UsageException("--root: no such folder: " + parseResult.GetValue(root));
            }

            return LocalServer.RunAsync(sessions, folder, cancellation);
        });
        return command;
    }
}
