using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Tamer.Spec.Diagnostics;
using Tamer.Spec.Fixes;
using Tamer.Spec.Text;

namespace Tamer.Spec.LanguageServer;

/// <summary>
/// <c>textDocument/codeAction</c>: each fix the engine offers for a diagnostic in the asked range
/// (safe ones and suggestions, with the engine's edits and titles), and one action that applies
/// every safe fix as <c>tamer-lint lint --fix</c> does (<see cref="FixAllKind"/>, so editors run it
/// on save when asked to). Every action is a workspace edit for the client to apply; the server
/// writes nothing.
/// </summary>
internal sealed class CodeActions
{
    /// <summary>The kind of the fix-everything action: a <c>source.fixAll</c>.</summary>
    public const string FixAllKind = "source.fixAll.tamer";

    public const string FixAllTitle = "Apply every safe fix (tamer-lint lint --fix)";

    private readonly OpenDocuments _documents;
    private readonly DocumentLinter _linter;

    public CodeActions(OpenDocuments documents, DocumentLinter linter)
    {
        _documents = documents;
        _linter = linter;
    }

    /// <summary>When true, edits name the document's version (<c>documentChanges</c>) so that a client never applies one to a newer text.</summary>
    public bool VersionedEdits { get; set; }

    public JsonNode Handle(JsonNode? parameters)
    {
        var document = _documents.Get(Json.String(Json.Required(parameters, "textDocument"), "uri"));
        var range = Json.Required(parameters, "range");
        var start = LspText.ToLinePosition(Json.Required(range, "start"));
        var end = LspText.ToLinePosition(Json.Required(range, "end"));
        var only = (parameters?["context"]?["only"] as JsonArray)?.Select(k => k?.GetValue<string>() ?? string.Empty).ToList();
        var outcome = _linter.Lint(document);
        var actions = new JsonArray();
        if (outcome.Lint is null)
        {
            return actions;
        }

        var text = outcome.Lint.Document.Text;
        if (Wanted(only, "quickfix"))
        {
            foreach (var diagnostic in outcome.Lint.Diagnostics.Where(d => d.Location is not null && Touches(d.Location, start, end)))
            {
                var first = true;
                foreach (var fix in diagnostic.Fixes)
                {
                    actions.Add(new JsonObject
                    {
                        ["title"] = fix.Title + (fix.Kind == FixKind.Safe ? string.Empty : " (suggestion)"),
                        ["kind"] = "quickfix",
                        ["diagnostics"] = new JsonArray(LspDiagnostics.Of(diagnostic)),
                        ["isPreferred"] = first && fix.Kind == FixKind.Safe,
                        ["edit"] = Edit(document, fix.Edits.Select(e => Edit(text, e.Span, e.NewText))),
                    });
                    first = false;
                }
            }
        }

        if (Wanted(only, FixAllKind) && outcome.Lint.Diagnostics.Any(d => d.Fixes.Any(f => f.Kind == FixKind.Safe)))
        {
            var fixedFile = _linter.Fix(document, FixScope.Safe);
            if (fixedFile is not null && fixedFile.Changed)
            {
                actions.Add(new JsonObject
                {
                    ["title"] = FixAllTitle,
                    ["kind"] = FixAllKind,
                    ["edit"] = Edit(document, [WholeTextEdit(fixedFile.Original.Text, fixedFile.Text)]),
                });
            }
        }

        return actions;
    }

    /// <summary>
    /// One edit that turns <paramref name="before"/> into <paramref name="after"/>: the lines from
    /// the first that differs to the last that differs are replaced, so the editor keeps its marks
    /// and cursor elsewhere.
    /// </summary>
    internal static JsonObject WholeTextEdit(SourceText before, string after)
    {
        var old = before.Text;
        var prefix = 0;
        var limit = Math.Min(old.Length, after.Length);
        while (prefix < limit && old[prefix] == after[prefix])
        {
            prefix++;
        }

        // Back to the start of the line, so a line break or a surrogate pair is never split.
        while (prefix > 0 && old[prefix - 1] != '\n' && old[prefix - 1] != '\r')
        {
            prefix--;
        }

        if (prefix > 0 && old[prefix - 1] == '\r')
        {
            prefix--;
            while (prefix > 0 && old[prefix - 1] != '\n' && old[prefix - 1] != '\r')
            {
                prefix--;
            }
        }

        var suffix = 0;
        while (suffix < old.Length - prefix && suffix < after.Length - prefix && old[old.Length - 1 - suffix] == after[after.Length - 1 - suffix])
        {
            suffix++;
        }

        // Forward to the start of a line (just after a line feed), for the same reason.
        while (suffix > 0 && old[old.Length - suffix - 1] != '\n')
        {
            suffix--;
        }

        var span = new TextSpan(prefix, old.Length - suffix - prefix);
        return Edit(before, span, after.Substring(prefix, after.Length - suffix - prefix));
    }

    private static JsonObject Edit(SourceText text, TextSpan span, string newText) => new()
    {
        ["range"] = LspText.Range(text, span),
        ["newText"] = newText,
    };

    private JsonObject Edit(OpenDocument document, IEnumerable<JsonObject> edits)
    {
        var list = new JsonArray(edits.Select(e => (JsonNode)e).ToArray());
        return VersionedEdits
            ? new JsonObject
            {
                ["documentChanges"] = new JsonArray(new JsonObject
                {
                    ["textDocument"] = new JsonObject { ["uri"] = document.Uri, ["version"] = document.Version },
                    ["edits"] = list,
                }),
            }
            : new JsonObject { ["changes"] = new JsonObject { [document.Uri] = list } };
    }

    // A kind is wanted when the client asked for no kind in particular, or for it or a kind above it.
    private static bool Wanted(List<string>? only, string kind) =>
        only is null || only.Count == 0 || only.Any(k => kind == k || kind.StartsWith(k + ".", StringComparison.Ordinal));

    private static bool Touches(SourceLocation location, LinePosition start, LinePosition end) =>
        location.Start.CompareTo(end) <= 0 && location.End.CompareTo(start) >= 0;
}
