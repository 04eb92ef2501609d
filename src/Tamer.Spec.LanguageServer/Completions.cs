using System;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Tamer.Spec.Model;

namespace Tamer.Spec.LanguageServer;

/// <summary>
/// <c>textDocument/completion</c> in a Work Item's frontmatter: the statuses after <c>status:</c>,
/// and the ids of the workspace's Work Items after <c>depends_on:</c> (inline or as list items
/// under it). Elsewhere nothing is offered.
/// </summary>
internal sealed partial class Completions
{
    private const int ReferenceKind = 18;
    private const int EnumMemberKind = 20;

    private readonly OpenDocuments _documents;
    private readonly DocumentLinter _linter;

    public Completions(OpenDocuments documents, DocumentLinter linter)
    {
        _documents = documents;
        _linter = linter;
    }

    public JsonNode Handle(JsonNode? parameters)
    {
        var document = _documents.Get(Json.String(Json.Required(parameters, "textDocument"), "uri"));
        var position = Json.Required(parameters, "position");
        var line = Json.Int(position, "line");
        var character = Json.Int(position, "character");
        var lines = document.Text.Split('\n');
        var items = new JsonArray();
        if (line >= lines.Length || !InFrontmatter(lines, line))
        {
            return items;
        }

        var current = lines[line].TrimEnd('\r');
        var before = current.Substring(0, Math.Min(character, current.Length));
        switch (KeyOf(lines, line, before))
        {
            case "status":
                foreach (var status in WorkItemFormat.StatusValues)
                {
                    items.Add(new JsonObject { ["label"] = status, ["kind"] = EnumMemberKind, ["detail"] = "status" });
                }

                break;
            case "depends_on":
                var outcome = _linter.Lint(document);
                if (outcome.Workspace is null)
                {
                    break;
                }

                var own = outcome.Lint?.Document.Id;
                foreach (var workItem in WorkItems(outcome.Workspace).Where(w => w.Id is not null && w.Id != own).OrderBy(w => w.Id, StringComparer.Ordinal))
                {
                    items.Add(new JsonObject { ["label"] = workItem.Id, ["kind"] = ReferenceKind, ["detail"] = workItem.WorkItem?.Title?.Value ?? workItem.Path });
                }

                break;
        }

        return items;
    }

    private static System.Collections.Generic.IReadOnlyList<Parsing.WorkItemDocument> WorkItems(IWorkItemWorkspace workspace)
    {
        try
        {
            return workspace.WorkItems();
        }
        catch (WorkspaceException)
        {
            return [];
        }
    }

    // The key whose value the cursor is in: the line's own key when the cursor is past its colon,
    // or, on a list item ("  - "), the key of the nearest line above with less indentation.
    private static string? KeyOf(string[] lines, int line, string before)
    {
        var own = KeyLine().Match(before);
        if (own.Success)
        {
            return own.Groups["key"].Value;
        }

        var item = ListItem().Match(before);
        if (!item.Success)
        {
            return null;
        }

        var indent = item.Groups["indent"].Length;
        for (var i = line - 1; i > 0; i--)
        {
            var above = lines[i].TrimEnd('\r');
            var aboveIndent = above.Length - above.TrimStart(' ').Length;
            if (above.Trim().Length == 0 || (aboveIndent >= indent && above.TrimStart(' ').StartsWith('-')))
            {
                continue;
            }

            var key = KeyLine().Match(above);
            return key.Success && aboveIndent <= indent && key.Groups["rest"].Value.Trim().Length == 0 ? key.Groups["key"].Value : null;
        }

        return null;
    }

    // Between the first line ("---") and the next "---" or "...".
    private static bool InFrontmatter(string[] lines, int line)
    {
        if (line == 0 || lines[0].TrimStart('\uFEFF').TrimEnd('\r') != "---")
        {
            return false;
        }

        for (var i = 1; i < line; i++)
        {
            var text = lines[i].TrimEnd('\r');
            if (text == "---" || text == "...")
            {
                return false;
            }
        }

        return true;
    }

    [GeneratedRegex(@"^\s*(?<key>[A-Za-z_][A-Za-z0-9_]*)\s*:(?<rest>.*)$")]
    private static partial Regex KeyLine();

    [GeneratedRegex(@"^(?<indent>\s*)-(\s.*)?$")]
    private static partial Regex ListItem();
}
