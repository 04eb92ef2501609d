using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Tamer.Spec.Host.Contracts;
using Tamer.Spec.Parsing;

namespace Tamer.Spec.Host.Mcp;

/// <summary>What a worker needs of the Work Item it was just assigned: its text, scope, criteria and invariants.</summary>
internal static class WorkItemBrief
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    public static JsonObject From(WorkItemDocument document)
    {
        var workItem = document.WorkItem;
        return new JsonObject
        {
            ["id"] = document.Id,
            ["path"] = document.Path,
            ["title"] = workItem?.Title?.Value,
            ["text"] = document.Text.Text,
            ["scope"] = workItem is null ? null : JsonSerializer.SerializeToNode(ScopeView.From(workItem.Scope), Web),
            ["acceptanceCriteria"] = new JsonArray((workItem?.AcceptanceCriteria.Items ?? []).Select(c => (JsonNode)new JsonObject
            {
                ["id"] = c.Id,
                ["text"] = c.Text.Value,
                ["verify"] = c.Verify?.Value,
            }).ToArray()),
            ["invariants"] = new JsonArray((workItem?.Invariants.Items ?? []).Select(i => (JsonNode)new JsonObject
            {
                ["id"] = i.Id,
                ["statement"] = i.Statement?.Value,
                ["consequence"] = i.Consequence?.Value,
            }).ToArray()),
        };
    }
}
