using System;
using System.IO;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using ModelContextProtocol.Protocol;
using Tamer.Spec.Mcp;

namespace Tamer.Spec.Host.Mcp;

/// <summary>
/// An HTTP API answer, executed into memory: its status code and its JSON body. The /mcp tools run
/// the HTTP endpoints' own handlers and hand their answers on, so that a tool result is what the HTTP
/// API would have answered (a 4xx is a tool error with the same problem details).
/// </summary>
internal sealed record RenderedResult(int Status, JsonNode? Body)
{
    public static async Task<RenderedResult> RenderAsync(IResult result, IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(result);
        var context = new DefaultHttpContext { RequestServices = services };
        using var body = new MemoryStream();
        context.Response.Body = body;
        await result.ExecuteAsync(context).ConfigureAwait(false);
        var json = body.Length == 0 ? null : JsonNode.Parse(body.ToArray());
        return new RenderedResult(context.Response.StatusCode, json);
    }

    public bool IsError => Status >= 400;

    /// <summary>The tool result: the body as structured content (an array goes under <paramref name="arrayName"/>), with <paramref name="text"/>.</summary>
    public CallToolResult ToToolResult(string text, string arrayName = "items")
    {
        var structured = Body switch
        {
            JsonObject o => o,
            null => new JsonObject { ["status"] = Status },
            _ => new JsonObject { [arrayName] = Body },
        };
        return IsError ? ToolResults.Error(ProblemText(), structured) : ToolResults.Ok(structured, text);
    }

    // "422 Refused: the detail", then a line per diagnostic, from the problem details.
    private string ProblemText()
    {
        var text = Status + " " + (Body?["title"]?.GetValue<string>() ?? "error") + (Body?["detail"] is { } detail ? ": " + detail.GetValue<string>() : string.Empty);
        if (Body?["diagnostics"] is JsonArray diagnostics)
        {
            foreach (var diagnostic in diagnostics)
            {
                text += "\n" + diagnostic?["id"] + " " + diagnostic?["message"];
            }
        }

        return text;
    }
}
