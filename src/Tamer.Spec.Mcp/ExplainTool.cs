using System;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Tamer.Spec.Engine;
using Tamer.Spec.Spelling;

namespace Tamer.Spec.Mcp;

/// <summary>
/// <c>explain</c>: a diagnostic's docs page as Markdown, the page <c>tamer-lint explain</c> prints
/// (embedded in its pack, a plug-in pack's too). An unknown ID is a tool error naming the closest IDs.
/// </summary>
public static class ExplainTool
{
    /// <summary>How many of the closest IDs an unknown one is answered with.</summary>
    public const int ClosestCount = 3;

    private const string Schema = """
        {
          "type": "object",
          "properties": {
            "id": { "type": "string", "description": "A diagnostic ID, such as TMR2005.", "pattern": "^\\s*[A-Za-z]+[0-9]+\\s*$" }
          },
          "required": ["id"],
          "additionalProperties": false
        }
        """;

    /// <summary>The tool, over the engine <paramref name="engine"/> gives at the time of each call.</summary>
    public static McpTool Create(Func<LintEngine> engine) => new(
        "explain",
        "The docs page of a diagnostic ID (TMRnnnn) as Markdown: what it means, why it matters and how to fix it.",
        Schema,
        (arguments, _, _) =>
        {
            arguments.OnlyThese("id");
            return ValueTask.FromResult(Explain(engine(), arguments.RequiredString("id")));
        });

    private static ModelContextProtocol.Protocol.CallToolResult Explain(LintEngine engine, string id)
    {
        var normalized = id.Trim().ToUpperInvariant();
        if (!engine.IsKnownDiagnosticId(normalized))
        {
            var closest = Closest(engine, normalized);
            return ToolResults.Error(
                "unknown diagnostic ID '" + id + "'; the closest are " + string.Join(", ", closest),
                new JsonObject { ["error"] = "unknown diagnostic ID", ["id"] = id, ["closest"] = new JsonArray(closest.Select(c => (JsonNode)c).ToArray()) });
        }

        var page = engine.GetDocumentation(normalized);
        if (page is null)
        {
            return ToolResults.Error("no docs page is embedded for " + normalized + "; see " + engine.FindDescriptor(normalized)!.HelpUri.AbsoluteUri);
        }

        return ToolResults.Ok(new JsonObject { ["id"] = normalized, ["markdown"] = page }, page);
    }

    // The nearest IDs by edit distance, ties in ID order.
    private static string[] Closest(LintEngine engine, string id) =>
        engine.Descriptors.Select(d => d.Id)
            .Distinct(StringComparer.Ordinal)
            .OrderBy(candidate => EditDistance.Between(id, candidate))
            .ThenBy(candidate => candidate, StringComparer.Ordinal)
            .Take(ClosestCount)
            .ToArray();
}
