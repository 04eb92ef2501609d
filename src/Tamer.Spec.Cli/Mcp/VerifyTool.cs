using System.IO;
using System.Text.Json.Nodes;
using ModelContextProtocol.Protocol;
using Tamer.Spec.Cli.Commands;
using Tamer.Spec.Mcp;
using Tamer.Spec.Reporting;

namespace Tamer.Spec.Cli.Mcp;

/// <summary>
/// <c>verify</c>: runs <c>tamer-lint verify</c> itself (JSON format, the changed paths as the list
/// it reads from standard input, or the git range) in the server's folder, and returns its report.
/// </summary>
internal static class VerifyTool
{
    private const string Schema = """
        {
          "type": "object",
          "properties": {
            "work_item": { "type": "string", "description": "The Work Item's id (WI-…) or the path of its file." },
            "changed_files": { "type": "array", "items": { "type": "string" }, "description": "The changed paths, relative to the repository root." },
            "base": { "type": "string", "description": "A git revision: the change is base..head (instead of changed_files)." },
            "head": { "type": "string", "description": "The git revision the change ends at (default: the working tree)." }
          },
          "required": ["work_item"],
          "additionalProperties": false
        }
        """;

    public static McpTool Create(LocalWorkspace workspace) => new(
        "verify",
        "Check a change against the scope of the Work Item it implements (TMR1101-TMR1103), as tamer-lint verify does: give changed_files, or a git base (and head).",
        Schema,
        (arguments, _, _) => LocalTools.Guard(() => Verify(workspace, arguments)));

    private static CallToolResult Verify(LocalWorkspace workspace, ToolArguments arguments)
    {
        arguments.OnlyThese("work_item", "changed_files", "base", "head");
        var target = arguments.RequiredString("work_item");
        var changed = arguments.OptionalStrings("changed_files");
        var baseRevision = arguments.OptionalString("base");
        var head = arguments.OptionalString("head");
        if ((changed is null) == (baseRevision is null))
        {
            throw new ToolInputException("send either 'changed_files' or 'base' (and optionally 'head'), not both");
        }

        if (changed is not null && head is not null)
        {
            throw new ToolInputException("'head' goes with 'base'");
        }

        using var output = new StringWriter();
        using var error = new StringWriter();
        using var input = new StringReader(changed is null ? string.Empty : string.Join("\n", changed));
        var environment = new CliEnvironment(output, error, workspace.Root, input);
        var request = new VerifyRequest
        {
            Target = target,
            BaseRevision = baseRevision,
            HeadRevision = head,
            ChangedFile = changed is null ? null : "-",
            Format = ReportFormat.Json,
        };
        var sessions = new CliSessions(workspace.Sessions.Packs, environment);
        new VerifyRunner(sessions, environment).Run(request);
        var file = (JsonObject)JsonNode.Parse(output.ToString())!["files"]![0]!;
        var structured = LocalWorkspace.Outcome(file);
        var count = ((JsonArray)file["diagnostics"]!).Count;
        var text = (file["refused"]!.GetValue<bool>() ? "refused: " : "accepted: ") + count + (count == 1 ? " diagnostic" : " diagnostics") + " for " + file["path"];
        foreach (var diagnostic in (JsonArray)file["diagnostics"]!)
        {
            text += "\n" + diagnostic!["line"] + ":" + diagnostic["column"] + " " + diagnostic["severity"] + " " + diagnostic["id"] + " " + diagnostic["message"];
        }

        return ToolResults.Ok(structured, text);
    }
}
