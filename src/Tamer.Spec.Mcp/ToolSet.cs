using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace Tamer.Spec.Mcp;

/// <summary>
/// A server's tools, answering <c>tools/list</c> and <c>tools/call</c>. Whatever goes wrong inside a
/// call comes back as a tool error (<c>isError: true</c>) with a sentence, never as a protocol error:
/// an agent reads the sentence, a protocol error only stops it.
/// </summary>
public sealed class ToolSet
{
    private readonly IReadOnlyDictionary<string, McpTool> _tools;

    /// <summary>Creates the set; the names must be distinct.</summary>
    public ToolSet(IEnumerable<McpTool> tools)
    {
        _tools = tools.ToDictionary(t => t.Name, StringComparer.Ordinal);
    }

    /// <summary>The tools in the order <c>tools/list</c> gives them (by name).</summary>
    public IEnumerable<McpTool> Tools => _tools.Values.OrderBy(t => t.Name, StringComparer.Ordinal);

    /// <summary>The answer to <c>tools/list</c>.</summary>
    public ListToolsResult List() => new() { Tools = Tools.Select(t => t.ToProtocol()).ToList() };

    /// <summary>The answer to <c>tools/call</c>.</summary>
    public async ValueTask<CallToolResult> CallAsync(CallToolRequestParams? call, RequestInfo request, CancellationToken cancellation)
    {
        if (call is null || !_tools.TryGetValue(call.Name, out var tool))
        {
            return ToolResults.Error("unknown tool '" + call?.Name + "'; the tools are " + string.Join(", ", _tools.Keys.Order(StringComparer.Ordinal)));
        }

        try
        {
            return await tool.Call(new ToolArguments(call.Arguments), request, cancellation).ConfigureAwait(false);
        }
        catch (ToolInputException exception)
        {
            return ToolResults.Error(exception.Message);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // A tool never takes the server down: the client hears what failed.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            return ToolResults.Error(call.Name + " failed: " + exception.GetType().Name + ": " + exception.Message);
        }
    }

    /// <summary>Installs the set's handlers.</summary>
    public void Install(McpServerHandlers handlers)
    {
        ArgumentNullException.ThrowIfNull(handlers);
        handlers.ListToolsHandler = (_, _) => ValueTask.FromResult(List());
        handlers.CallToolHandler = (context, cancellation) => CallAsync(context.Params, new RequestInfo(context.User, context.Services), cancellation);
    }
}
