using System;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using Tamer.Spec.Engine;

namespace Tamer.Spec.LanguageServer;

/// <summary>
/// <c>textDocument/hover</c> over a diagnostic: its ID, its message, and the summary of its docs
/// page (the page's title and the first paragraph of its first section), with the page's link.
/// </summary>
internal sealed class Hovers
{
    private readonly OpenDocuments _documents;
    private readonly DocumentLinter _linter;

    public Hovers(OpenDocuments documents, DocumentLinter linter)
    {
        _documents = documents;
        _linter = linter;
    }

    public JsonNode? Handle(JsonNode? parameters)
    {
        var document = _documents.Get(Json.String(Json.Required(parameters, "textDocument"), "uri"));
        var position = LspText.ToLinePosition(Json.Required(parameters, "position"));
        var lint = _linter.Lint(document).Lint;
        if (lint is null)
        {
            return null;
        }

        var under = lint.Diagnostics.Where(d => d.Location is not null && d.Location.Start <= position && position <= d.Location.End).ToList();
        if (under.Count == 0)
        {
            return null;
        }

        var markdown = new StringBuilder();
        foreach (var diagnostic in under)
        {
            if (markdown.Length > 0)
            {
                markdown.Append("\n\n---\n\n");
            }

            markdown.Append("**").Append(diagnostic.Id).Append("** ").Append(diagnostic.Message).Append("\n\n");
            var summary = Summary(lint.Engine, diagnostic.Id);
            if (summary is not null)
            {
                markdown.Append(summary).Append("\n\n");
            }

            markdown.Append('[').Append(diagnostic.Id).Append(" docs](").Append(diagnostic.Descriptor.HelpUri.AbsoluteUri).Append(')');
        }

        return new JsonObject
        {
            ["contents"] = new JsonObject { ["kind"] = "markdown", ["value"] = markdown.ToString() },
            ["range"] = LspText.Range(under[0].Location!.Start, under[0].Location!.End),
        };
    }

    /// <summary>The page's title (without its ID) in bold, and the first paragraph under its first <c>##</c> heading.</summary>
    internal static string? Summary(LintEngine engine, string id)
    {
        var page = engine.GetDocumentation(id);
        if (page is null)
        {
            return null;
        }

        var lines = page.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var title = lines.FirstOrDefault(l => l.StartsWith("# ", StringComparison.Ordinal))?.Substring(2).Trim();
        if (title is not null && title.StartsWith(id + ":", StringComparison.Ordinal))
        {
            title = title.Substring(id.Length + 1).Trim();
        }

        var section = Array.FindIndex(lines, l => l.StartsWith("## ", StringComparison.Ordinal));
        var paragraph = new StringBuilder();
        for (var i = section + 1; section >= 0 && i < lines.Length; i++)
        {
            if (lines[i].Trim().Length == 0)
            {
                if (paragraph.Length > 0)
                {
                    break;
                }

                continue;
            }

            if (lines[i].StartsWith('#'))
            {
                break;
            }

            paragraph.Append(paragraph.Length > 0 ? " " : string.Empty).Append(lines[i].Trim());
        }

        var result = (title is null ? string.Empty : "*" + title + "*") + (paragraph.Length > 0 ? (title is null ? string.Empty : ": ") + paragraph : string.Empty);
        return result.Length == 0 ? null : result;
    }
}
