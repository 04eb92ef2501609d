using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using ModelContextProtocol.Protocol;
using Tamer.Spec.Fixes;
using Tamer.Spec.Mcp;
using Tamer.Spec.Model;

namespace Tamer.Spec.Cli.Mcp;

/// <summary>
/// The stdio server's tools: <c>lint</c>, <c>fix</c>, <c>verify</c>, <c>list_work_items</c> and
/// <c>explain</c>. Each is a command-line path: the lint plan, the fixer, the verify command, the
/// explain page; none writes a file.
/// </summary>
internal static class LocalTools
{
    private const string LintSchema = """
        {
          "type": "object",
          "properties": {
            "path": { "type": "string", "description": "The Work Item file, relative to the repository the server runs in (with 'text': the file the text stands in for, or a new file)." },
            "text": { "type": "string", "description": "The Work Item's Markdown, linted in place of the file at 'path'; nothing is written." }
          },
          "required": ["path"],
          "additionalProperties": false
        }
        """;

    private const string FixSchema = """
        {
          "type": "object",
          "properties": {
            "path": { "type": "string", "description": "The Work Item file, relative to the repository the server runs in." },
            "text": { "type": "string", "description": "The Work Item's Markdown, fixed in place of the file at 'path'." },
            "suggestions": { "type": "boolean", "description": "Also apply the fixes marked as suggestions (default: safe fixes only)." }
          },
          "required": ["path"],
          "additionalProperties": false
        }
        """;

    private const string ListSchema = """
        {
          "type": "object",
          "properties": {
            "status": { "type": "string", "enum": ["draft", "ready", "in_progress", "review", "done", "blocked"], "description": "Only the Work Items with this status." }
          },
          "additionalProperties": false
        }
        """;

    public static IReadOnlyList<McpTool> Create(LocalWorkspace workspace) =>
    [
        new("lint", "Lint a Work Item (its file, or a draft's text) against the whole workspace: the diagnostics tamer-lint reports, and whether the gate refuses it. Writes nothing.", LintSchema, (a, _, _) => Guard(() => Lint(workspace, a))),
        new("fix", "The Work Item with its safe fixes applied (and the suggestions when asked): the fixed text, a unified diff and the diagnostic IDs fixed. Writes nothing.", FixSchema, (a, _, _) => Guard(() => Fix(workspace, a))),
        new("list_work_items", "The workspace's Work Items: id, path, title, status, and whether the gate refuses each.", ListSchema, (a, _, _) => Guard(() => List(workspace, a))),
        VerifyTool.Create(workspace),
        ExplainTool.Create(() => Guarded(() => workspace.Sessions.Open(null, workspace.Root, Tamer.Spec.Repository.RepositoryRoot.Find(workspace.Root), [], []).Engine)),
    ];

    // The command line's usage errors (a file that cannot be read, git that fails) are tool errors.
    internal static ValueTask<CallToolResult> Guard(Func<CallToolResult> call) => ValueTask.FromResult(Guarded(call));

    internal static T Guarded<T>(Func<T> call)
    {
        try
        {
            return call();
        }
        catch (UsageException exception)
        {
            throw new ToolInputException(exception.Message, exception);
        }
    }

    private static CallToolResult Lint(LocalWorkspace workspace, ToolArguments arguments)
    {
        arguments.OnlyThese("path", "text");
        var linted = workspace.Lint(arguments.RequiredString("path"), arguments.OptionalString("text"));
        var file = LocalWorkspace.ReportedFile(linted.Result, linted.Plan.Tool);
        var structured = LocalWorkspace.Outcome(file);
        var heading = file["path"] + ": " + (file["refused"]!.GetValue<bool>() ? "refused by the gate" : "not refused") + "\n";
        return ToolResults.Ok(structured, heading + LocalWorkspace.Text(linted.Result, linted.Plan.Tool));
    }

    private static CallToolResult Fix(LocalWorkspace workspace, ToolArguments arguments)
    {
        arguments.OnlyThese("path", "text", "suggestions");
        var path = arguments.RequiredString("path");
        var file = workspace.Fix(path, arguments.OptionalString("text"), arguments.Flag("suggestions"));
        var before = Decode(file.OriginalBytes);
        var after = Decode(file.Bytes);
        var applied = file.Applied.Select(f => f.DiagnosticId).Distinct(StringComparer.Ordinal).ToList();
        var diff = file.Changed ? UnifiedDiff.Create(file.Path, before, after) : string.Empty;
        var structured = new JsonObject
        {
            ["path"] = file.Path,
            ["text"] = after,
            ["diff"] = diff,
            ["applied"] = new JsonArray(applied.Select(id => (JsonNode)id).ToArray()),
        };
        var summary = file.Changed
            ? "fixed " + file.Path + ": " + string.Join("; ", file.Applied.Select(f => f.DiagnosticId + " " + f.Title).Distinct(StringComparer.Ordinal)) + " (nothing was written)\n\n" + diff
            : "no fix applies to " + file.Path;
        return ToolResults.Ok(structured, summary);
    }

    private static CallToolResult List(LocalWorkspace workspace, ToolArguments arguments)
    {
        arguments.OnlyThese("status");
        var status = arguments.OptionalString("status");
        if (status is not null && !WorkItemFormat.StatusValues.Contains(status, StringComparer.Ordinal))
        {
            throw new ToolInputException("unknown status '" + status + "'; the statuses are draft, ready, in_progress, review, done and blocked");
        }

        var linted = workspace.LintAll();
        var items = new JsonArray();
        var lines = new StringBuilder();
        foreach (var file in linted.Result.Files)
        {
            var workItem = file.Document.WorkItem;
            var itemStatus = workItem is null || workItem.Status == WorkItemStatus.Unknown ? null : WorkItemFormat.ToValue(workItem.Status);
            if (status is not null && !string.Equals(itemStatus, status, StringComparison.Ordinal))
            {
                continue;
            }

            items.Add(new JsonObject
            {
                ["id"] = file.Id,
                ["path"] = file.Path,
                ["title"] = workItem?.Title?.Value,
                ["status"] = itemStatus,
                ["refused"] = file.IsRefused,
            });
            lines.Append(file.Id ?? "(no id)").Append("  ").Append(itemStatus ?? "?").Append("  ").Append(file.IsRefused ? "refused" : "ok").Append("  ").Append(file.Path).Append('\n');
        }

        return ToolResults.Ok(new JsonObject { ["workItems"] = items }, lines.Length == 0 ? "no Work Items" : lines.ToString());
    }

    // The text exactly as the bytes say, byte order mark included, as --fix-dry-run shows it.
    private static string Decode(byte[] bytes) => new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetString(bytes);
}
