using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using Tamer.Spec.LanguageServer.Protocol;

namespace Tamer.Spec.LanguageServer;

/// <summary>
/// The documents the client has open, kept in step with its <c>didOpen</c>, <c>didChange</c>
/// (whole texts or ranges) and <c>didClose</c>. Only the server's memory changes; no file is touched.
/// </summary>
internal sealed class OpenDocuments
{
    private readonly ConcurrentDictionary<string, OpenDocument> _documents = new(StringComparer.Ordinal);

    public IReadOnlyList<OpenDocument> All => _documents.Values.OrderBy(d => d.Uri, StringComparer.Ordinal).ToList();

    public OpenDocument? Find(string uri) => _documents.TryGetValue(uri, out var document) ? document : null;

    public OpenDocument Get(string uri) =>
        Find(uri) ?? throw new RequestException(RequestException.InvalidParams, "the document " + uri + " is not open");

    public OpenDocument Open(JsonNode? parameters)
    {
        var item = Json.Required(parameters, "textDocument");
        var uri = Json.String(item, "uri");
        var document = new OpenDocument(uri, DocumentUri.ToPath(uri), Json.OptionalInt(item, "version") ?? 0, Json.String(item, "text"));
        _documents[uri] = document;
        return document;
    }

    /// <summary>Applies a <c>didChange</c>: each change in order, a ranged one to the text the previous left.</summary>
    public OpenDocument Change(JsonNode? parameters)
    {
        var identifier = Json.Required(parameters, "textDocument");
        var document = Get(Json.String(identifier, "uri"));
        var text = document.Text;
        if (Json.Required(parameters, "contentChanges") is not JsonArray changes)
        {
            throw new RequestException(RequestException.InvalidParams, "'contentChanges' must be an array");
        }

        foreach (var change in changes)
        {
            var newText = Json.String(change, "text");
            if (change?["range"] is not { } range)
            {
                text = newText;
                continue;
            }

            var start = Json.Required(range, "start");
            var end = Json.Required(range, "end");
            var from = LspText.OffsetOf(text, Json.Int(start, "line"), Json.Int(start, "character"));
            var to = Math.Max(from, LspText.OffsetOf(text, Json.Int(end, "line"), Json.Int(end, "character")));
            text = new StringBuilder(text.Length - (to - from) + newText.Length).Append(text, 0, from).Append(newText).Append(text, to, text.Length - to).ToString();
        }

        var changed = document with { Version = Json.OptionalInt(identifier, "version") ?? document.Version + 1, Text = text };
        _documents[changed.Uri] = changed;
        return changed;
    }

    public OpenDocument? Close(JsonNode? parameters)
    {
        var uri = Json.String(Json.Required(parameters, "textDocument"), "uri");
        return _documents.TryRemove(uri, out var document) ? document : null;
    }
}
