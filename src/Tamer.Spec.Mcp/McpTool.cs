using System;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using ModelContextProtocol.Protocol;

namespace Tamer.Spec.Mcp;

/// <summary>One tool a server offers: its name, what it does, the JSON Schema of its input, and the call.</summary>
/// <param name="Name">The tool's name, as clients call it.</param>
/// <param name="Description">One or two sentences an agent reads to choose the tool.</param>
/// <param name="InputSchema">The JSON Schema (an object schema) of the arguments.</param>
/// <param name="Call">Runs the tool; a <see cref="ToolInputException"/> becomes a tool error.</param>
public sealed record McpTool(string Name, string Description, string InputSchema, Func<ToolArguments, RequestInfo, CancellationToken, ValueTask<CallToolResult>> Call)
{
    /// <summary>The tool as <c>tools/list</c> shows it.</summary>
    public Tool ToProtocol() => new()
    {
        Name = Name,
        Description = Description,
        InputSchema = JsonDocument.Parse(InputSchema).RootElement.Clone(),
    };
}
