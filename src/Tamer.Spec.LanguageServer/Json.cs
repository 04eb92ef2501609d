using System.Text.Json.Nodes;
using Tamer.Spec.LanguageServer.Protocol;

namespace Tamer.Spec.LanguageServer;

/// <summary>Reading the parameters of a message: a missing or mistyped member is an invalid-params error naming it.</summary>
internal static class Json
{
    public static JsonNode Required(JsonNode? node, string name) =>
        node?[name] ?? throw new RequestException(RequestException.InvalidParams, "'" + name + "' is missing");

    public static string String(JsonNode? node, string name) =>
        Required(node, name) is JsonValue value && value.TryGetValue<string>(out var text)
            ? text
            : throw new RequestException(RequestException.InvalidParams, "'" + name + "' must be a string");

    public static string? OptionalString(JsonNode? node, string name) =>
        node?[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    public static int Int(JsonNode? node, string name) =>
        Required(node, name) is JsonValue value && value.TryGetValue<int>(out var number)
            ? number
            : throw new RequestException(RequestException.InvalidParams, "'" + name + "' must be a whole number");

    public static int? OptionalInt(JsonNode? node, string name) =>
        node?[name] is JsonValue value && value.TryGetValue<int>(out var number) ? number : null;

    public static bool Flag(JsonNode? node, params string[] path)
    {
        var current = node;
        foreach (var name in path)
        {
            current = current?[name];
        }

        return current is JsonValue value && value.TryGetValue<bool>(out var flag) && flag;
    }
}
