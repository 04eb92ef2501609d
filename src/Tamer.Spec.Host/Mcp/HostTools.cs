using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Claims;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using ModelContextProtocol.Protocol;
using Tamer.Spec.Host.Assignments;
using Tamer.Spec.Host.Auth;
using Tamer.Spec.Host.Contracts;
using Tamer.Spec.Host.Endpoints;
using Tamer.Spec.Host.WorkItems;
using Tamer.Spec.Mcp;
using Role = Tamer.Spec.Host.Auth.Role;

namespace Tamer.Spec.Host.Mcp;

/// <summary>
/// The tools of the host's <c>/mcp</c>. Each runs the handler of its HTTP twin with the request's
/// token (<c>GET /v1/work-items</c>, <c>POST /v1/work-items/lint</c>, the assignment endpoints) and
/// hands its answer on, so that the gate, the drift check and the ledger events are the HTTP API's.
/// </summary>
internal static class HostTools
{
    private const string ListSchema = """
        { "type": "object", "properties": { "status": { "type": "string", "description": "Only the Work Items with this status (draft, ready, in_progress, review, done, blocked)." } }, "additionalProperties": false }
        """;

    private const string LintSchema = """
        {
          "type": "object",
          "properties": {
            "text": { "type": "string", "description": "A Work Item's Markdown, linted against the host's workspace; nothing is stored." },
            "path": { "type": "string", "description": "The name the diagnostics give the text (default posted.md); never opened." }
          },
          "required": ["text"],
          "additionalProperties": false
        }
        """;

    private const string AssignSchema = """
        { "type": "object", "properties": { "work_item": { "type": "string", "description": "The id of a ready Work Item (WI-…)." } }, "required": ["work_item"], "additionalProperties": false }
        """;

    private const string SubmitSchema = """
        {
          "type": "object",
          "properties": {
            "assignment": { "type": "string", "description": "The assignment id assign returned." },
            "changed_files": { "type": "array", "items": { "type": "string" }, "description": "The changed paths, relative to the repository root." },
            "base": { "type": "string", "description": "A git revision of the host's repository: the change is base..head (instead of changed_files)." },
            "head": { "type": "string", "description": "The revision the change ends at (default: the working tree)." },
            "test_runs": { "type": "array", "items": { "type": "object", "properties": { "name": { "type": "string" }, "content": { "type": "string", "description": "A TRX or JUnit XML file's text." } }, "required": ["content"] }, "description": "The change's test runs: the evidence for the Work Item's criteria (required when the host runs with --evidence required)." }
          },
          "required": ["assignment"],
          "additionalProperties": false
        }
        """;

    private const string CompleteSchema = """
        { "type": "object", "properties": { "assignment": { "type": "string", "description": "The assignment id, in review." } }, "required": ["assignment"], "additionalProperties": false }
        """;

    public static IReadOnlyList<McpTool> Create(IServiceProvider services) =>
    [
        new("list_work_items", "The host's Work Items with their status, the gate's decision and the counts of their diagnostics (GET /v1/work-items).", ListSchema, List),
        new("lint", "Lint a Work Item's text against the host's workspace (POST /v1/work-items/lint); nothing is stored.", LintSchema, Lint),
        ExplainTool.Create(() => services.GetRequiredService<WorkItemSource>().Engine),
        new("assign", "Take a ready Work Item (the gate): the assignment, with its id, and the Work Item's text, scope, criteria and invariants. Needs a worker's token.", AssignSchema, Assign),
        new("submit", "Submit the change of an assignment, with its test runs: inside the scope, and with every criterion proven by a passing test of the runs when the host requires evidence, it goes to review; otherwise it is refused (TMR1101-TMR1103, TMR6004, TMR6005) and stays in progress. Needs the assignment's worker.", SubmitSchema, Submit),
        new("complete", "Mark an assignment in review as done. Needs the assignment's worker.", CompleteSchema, Complete),
        .. ScopeRequestTools.Create(),
    ];

    private static async ValueTask<CallToolResult> List(ToolArguments arguments, RequestInfo request, CancellationToken cancellation)
    {
        arguments.OnlyThese("status");
        var status = arguments.OptionalString("status");
        var services = ServicesOf(request);
        var list = WorkItemEndpoints.List(services.GetRequiredService<Orchestrator>()).Value!
            .Where(s => status is null || string.Equals(s.Status, status, StringComparison.Ordinal))
            .ToArray();
        var rendered = await RenderedResult.RenderAsync(TypedResults.Ok(list), services).ConfigureAwait(false);
        var text = new StringBuilder();
        foreach (var item in list)
        {
            text.Append(item.Id ?? "(no id)").Append("  ").Append(item.Status).Append("  ").Append(item.Refused ? "refused" : "ok").Append("  ").Append(item.Path).Append('\n');
        }

        return rendered.ToToolResult(text.Length == 0 ? "no Work Items" : text.ToString(), "workItems");
    }

    private static async ValueTask<CallToolResult> Lint(ToolArguments arguments, RequestInfo request, CancellationToken cancellation)
    {
        arguments.OnlyThese("text", "path");
        var text = arguments.OptionalString("text") ?? throw new ToolInputException("'text' is required: the Work Item's Markdown");
        var path = arguments.OptionalString("path");
        var services = ServicesOf(request);
        var answer = WorkItemEndpoints.BadPath(path) ?? WorkItemEndpoints.LintPosted(Encoding.UTF8.GetBytes(text), path, services.GetRequiredService<Orchestrator>());
        var rendered = await RenderedResult.RenderAsync(answer, services).ConfigureAwait(false);
        return rendered.ToToolResult(DiagnosticLines(rendered.Body));
    }

    private static async ValueTask<CallToolResult> Assign(ToolArguments arguments, RequestInfo request, CancellationToken cancellation)
    {
        arguments.OnlyThese("work_item");
        var id = arguments.RequiredString("work_item");
        var services = ServicesOf(request);
        var user = UserOf(request);
        var orchestrator = services.GetRequiredService<Orchestrator>();
        var answer = await WithRole(Role.Worker, user, () => AssignmentEndpoints.Assign(id, user, orchestrator, cancellation)).ConfigureAwait(false);
        var rendered = await RenderedResult.RenderAsync(answer, services).ConfigureAwait(false);
        if (rendered.IsError || rendered.Body is not JsonObject assignment)
        {
            return rendered.ToToolResult(string.Empty);
        }

        var workItem = orchestrator.Current().Find(id);
        var structured = new JsonObject
        {
            ["assignmentId"] = assignment["id"]!.DeepClone(),
            ["assignment"] = assignment,
            ["workItem"] = workItem is null ? null : WorkItemBrief.From(workItem),
        };
        var text = "assigned " + id + " to " + assignment["worker"] + " as " + assignment["id"] + "\n\n" + workItem?.Text.Text;
        return ToolResults.Ok(structured, text);
    }

    private static async ValueTask<CallToolResult> Submit(ToolArguments arguments, RequestInfo request, CancellationToken cancellation)
    {
        arguments.OnlyThese("assignment", "changed_files", "base", "head", "test_runs");
        var assignment = arguments.RequiredString("assignment");
        var runs = arguments.OptionalStringObjects("test_runs")?.Select(r => new SubmittedTestRun(r.GetValueOrDefault("name"), r.GetValueOrDefault("content"))).ToList();
        var submission = new SubmissionRequest(arguments.OptionalStrings("changed_files"), arguments.OptionalString("base"), arguments.OptionalString("head"), runs);
        var services = ServicesOf(request);
        var user = UserOf(request);
        var answer = await WithRole(Role.Worker, user, () => AssignmentEndpoints.Submit(assignment, submission, user, services.GetRequiredService<Orchestrator>(), services.GetRequiredService<HostSettings>(), services.GetRequiredService<WorkItemSource>(), null, cancellation)).ConfigureAwait(false);
        var rendered = await RenderedResult.RenderAsync(answer, services).ConfigureAwait(false);
        return rendered.ToToolResult("submitted " + assignment + ": " + rendered.Body?["assignment"]?["status"] + "\n" + DiagnosticLines(rendered.Body));
    }

    private static async ValueTask<CallToolResult> Complete(ToolArguments arguments, RequestInfo request, CancellationToken cancellation)
    {
        arguments.OnlyThese("assignment");
        var assignment = arguments.RequiredString("assignment");
        var services = ServicesOf(request);
        var user = UserOf(request);
        var answer = await WithRole(Role.Worker, user, () => AssignmentEndpoints.Complete(assignment, user, services.GetRequiredService<Orchestrator>(), cancellation)).ConfigureAwait(false);
        var rendered = await RenderedResult.RenderAsync(answer, services).ConfigureAwait(false);
        return rendered.ToToolResult("completed " + assignment + ": " + rendered.Body?["assignment"]?["status"]);
    }

    /// <summary>Runs <paramref name="call"/> when the token has <paramref name="role"/>, as its HTTP twin's RequireRoles lets it; otherwise the twin's 403.</summary>
    internal static async Task<IResult> WithRole(Role role, ClaimsPrincipal user, Func<Task<IResult>> call) =>
        user.IsInRole(Roles.NameOf(role)) ? await call().ConfigureAwait(false) : BearerTokenHandler.Forbidden(new RequiredRoles([role]), user);

    private static string DiagnosticLines(JsonNode? body)
    {
        var text = new StringBuilder();
        if (body?["refused"] is { } refused)
        {
            text.Append(refused.GetValue<bool>() ? "refused" : "not refused").Append('\n');
        }

        foreach (var diagnostic in body?["diagnostics"] as JsonArray ?? [])
        {
            text.Append(diagnostic?["line"]).Append(':').Append(diagnostic?["column"]).Append(' ')
                .Append(diagnostic?["severity"]).Append(' ').Append(diagnostic?["id"]).Append(' ').Append(diagnostic?["message"]).Append('\n');
        }

        return text.ToString();
    }

    // /mcp is mapped behind the same authentication as /v1: a call without a user never gets here.
    internal static ClaimsPrincipal UserOf(RequestInfo request) =>
        request.User?.Identity?.IsAuthenticated == true ? request.User : throw new ToolInputException("the request carries no worker's token");

    internal static IServiceProvider ServicesOf(RequestInfo request) =>
        request.Services ?? throw new InvalidOperationException("the MCP request has no services");
}
