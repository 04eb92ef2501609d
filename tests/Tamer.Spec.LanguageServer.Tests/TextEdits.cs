using System.Text;
using System.Text.Json.Nodes;

namespace Tamer.Spec.LanguageServer.Tests;

/// <summary>Applies a protocol workspace edit to a text, as an editor would (edits in reverse order of their start).</summary>
internal static class TextEdits
{
    public static string Apply(string text, JsonNode workspaceEdit, string uri)
    {
        var edits = workspaceEdit["documentChanges"] is JsonArray changes
            ? changes.Single(c => c!["textDocument"]!["uri"]!.GetValue<string>() == uri)!["edits"]!.AsArray()
            : workspaceEdit["changes"]![uri]!.AsArray();
        var spans = edits.Select(e => (Start: Offset(text, e!["range"]!["start"]!), End: Offset(text, e!["range"]!["end"]!), NewText: e!["newText"]!.GetValue<string>()))
            .OrderByDescending(e => e.Start)
            .ToList();
        var result = new StringBuilder(text);
        foreach (var (start, end, newText) in spans)
        {
            result.Remove(start, end - start).Insert(start, newText);
        }

        return result.ToString();
    }

    // Lines end at LF, CRLF or a lone CR, as the protocol counts them.
    private static int Offset(string text, JsonNode position)
    {
        var line = position["line"]!.GetValue<int>();
        var character = position["character"]!.GetValue<int>();
        var offset = 0;
        for (var i = 0; i < line; i++)
        {
            while (text[offset] != '\n' && text[offset] != '\r')
            {
                offset++;
            }

            offset += text[offset] == '\r' && offset + 1 < text.Length && text[offset + 1] == '\n' ? 2 : 1;
        }

        return offset + character;
    }
}
