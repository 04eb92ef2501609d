using System.IO;
using System.Threading;
using System.Threading.Tasks;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using Tamer.Spec.Engine;
using Tamer.Spec.Mcp;

namespace Tamer.Spec.Cli.Mcp;

/// <summary>
/// <c>tamer-lint mcp</c>: a Model Context Protocol server over standard input and output for the
/// repository at <c>root</c>. It runs until its input ends. Standard output carries the protocol
/// only; nothing else is written there, and no file is written anywhere.
/// </summary>
internal static class LocalServer
{
    public const string Instructions =
        "Tamer.Spec is the gate for Work Items. Before you start on a Work Item, call lint on it (refused: true means the gate will not assign it; fix what the diagnostics say, explain tells what an ID wants). "
        + "Before you say you are done, call verify with the files you changed: a path outside the Work Item's scope is TMR1101-TMR1103.";

    public static async Task<int> RunAsync(CliSessions sessions, string root, CancellationToken cancellation)
    {
        var environment = new CliEnvironment(TextWriter.Null, TextWriter.Null, root);
        var workspace = new LocalWorkspace(environment.CurrentDirectory, new CliSessions(sessions.Packs, environment), environment);
        var tools = new ToolSet(LocalTools.Create(workspace));
        using var resources = new WorkItemResources(workspace);
        var handlers = new McpServerHandlers();
        tools.Install(handlers);
        resources.Install(handlers);
        var options = new McpServerOptions
        {
            ServerInfo = new Implementation { Name = "tamer-lint", Version = TamerVersion.Current },
            ServerInstructions = Instructions,
            Capabilities = new ServerCapabilities
            {
                Tools = new ToolsCapability(),
                Resources = new ResourcesCapability { Subscribe = true, ListChanged = true },
            },
            Handlers = handlers,
        };
        await using var server = McpServer.Create(new StdioServerTransport(options), options);
        resources.Watch(server);
        await server.RunAsync(cancellation).ConfigureAwait(false);
        return ExitCodes.Success;
    }
}
