using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Nodes;
using ModelContextProtocol.Protocol;

namespace Tamer.Spec.Mcp;

/// <summary>Tool results: structured content for programs, and a short text rendering for the model that reads it.</summary>
public static class ToolResults
{
    /// <summary>A result: <paramref name="structured"/> as <c>structuredContent</c>, <paramref name="text"/> as its one text block.</summary>
    public static CallToolResult Ok(JsonNode structured, string text) => Create(structured, text, isError: false);

    /// <summary>A tool error (<c>isError: true</c>) with a sentence, and structured details when there are any.</summary>
    public static CallToolResult Error(string message, JsonNode? structured = null) =>
        Create(structured ?? new JsonObject { ["error"] = message }, message, isError: true);

    private static CallToolResult Create(JsonNode structured, string text, bool isError) => new()
    {
        Content = new List<ContentBlock> { new TextContentBlock { Text = text } },
        StructuredContent = JsonSerializer.SerializeToElement(structured),
        IsError = isError ? true : null,
    };
}
