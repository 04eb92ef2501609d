using System;
using System.CommandLine;
using System.IO;
using Tamer.Spec.LanguageServer;

namespace Tamer.Spec.Cli.Lsp;

/// <summary>The <c>lsp</c> command: <c>tamer-lint lsp [--root DIR] [--stdio]</c>.</summary>
internal static class LspCommand
{
    public static Command Build(CliSessions sessions, CliEnvironment environment)
    {
        var root = new Option<string?>("--root") { Description = "The folder served when the editor names no workspace folder (default: the current folder).", HelpName = "DIR" };
        var stdio = new Option<bool>("--stdio") { Description = "Speak over standard input and output (the only transport; accepted because editors pass it)." };
        var command = new Command("lsp", "Serve the gate to editors: a Language Server Protocol server over standard input and output (diagnostics as you type, fixes as code actions, hover, completion). It writes no file.") { root, stdio };
        command.SetAction(async (parseResult, cancellation) =>
        {
            var folder = environment.Resolve(parseResult.GetValue(root) ?? ".");
            if (!Directory.Exists(folder))
            {
                throw new UsageException("--root: no such folder: " + parseResult.GetValue(root));
            }

            using var server = new WorkItemLanguageServer(
                Console.OpenStandardInput(),
                Console.OpenStandardOutput(),
                environment.Error,
                folder,
                (path, clientWatchesFiles) => new LocalLanguageWorkspace(sessions, path, clientWatchesFiles));
            return await server.RunAsync(cancellation).ConfigureAwait(false);
        });
        return command;
    }
}
