using System.Collections.Generic;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using ModelContextProtocol.Protocol;
using Tamer.Spec.Host.Assignments;
using Tamer.Spec.Host.Contracts;
using Tamer.Spec.Host.Endpoints;
using Tamer.Spec.Mcp;
using Role = Tamer.Spec.Host.Auth.Role;

namespace Tamer.Spec.Host.Mcp;

/// <summary>
/// The scope requests as /mcp tools: a worker asks for more scope, anyone lists, a lead decides;
/// each runs the handler of its HTTP twin, with the same roles, answers and ledger events.
/// </summary>
internal static class ScopeRequestTools
{
    private const string RequestSchema = """
        {
          "type": "object",
          "properties": {
            "assignment": { "type": "string", "description": "The assignment that needs more scope (yours)." },
            "paths": { "type": "array", "items": { "type": "string" }, "minItems": 1, "maxItems": 100, "description": "Paths or globs from the repository root." },
            "access": { "type": "string", "enum": ["write", "read_only"], "description": "write (the default) or read_only." },
            "reason": { "type": "string", "description": "Why the change needs them." }
          },
          "required": ["assignment", "paths", "reason"],
          "additionalProperties": false
        }
        """;

    private const string ListSchema = """
        { "type": "object", "properties": { "state": { "type": "string", "enum": ["pending", "approved", "denied"] } }, "additionalProperties": false }
        """;

    private const string DecideSchema = """
        {
          "type": "object",
          "properties": {
            "request": { "type": "string", "description": "The scope request's id." },
            "decision": { "type": "string", "enum": ["approve", "deny"] },
            "reason": { "type": "string", "description": "Why." },
            "override_forbidden": { "type": "boolean", "description": "Grant paths the Work Item forbids too." }
          },
          "required": ["request", "decision", "reason"],
          "additionalProperties": false
        }
        """;

    public static IReadOnlyList<McpTool> Create() =>
    [
        new("request_scope", "Ask a lead for more scope for your assignment (POST /v1/assignments/{id}/scope-requests): the request waits for a decision; an approval widens what submit accepts.", RequestSchema, RequestAsync),
        new("list_scope_requests", "Scope requests, oldest first (GET /v1/scope-requests): every one for a lead, your own otherwise.", ListSchema, ListAsync),
        new("decide_scope_request", "A lead approves or denies another worker's pending scope request (POST /v1/scope-requests/{id}/decision).", DecideSchema, DecideAsync),
    ];

    private static async ValueTask<CallToolResult> RequestAsync(ToolArguments arguments, RequestInfo request, CancellationToken cancellation)
    {
        arguments.OnlyThese("assignment", "paths", "access", "reason");
        var assignment = arguments.RequiredString("assignment");
        var body = new ScopeRequestBody(arguments.OptionalStrings("paths"), arguments.OptionalString("access"), arguments.OptionalString("reason"));
        var services = HostTools.ServicesOf(request);
        var user = HostTools.UserOf(request);
        var answer = await HostTools.WithRole(Role.Worker, user, () => ScopeRequestEndpoints.Request(assignment, body, user, services.GetRequiredService<Orchestrator>(), cancellation)).ConfigureAwait(false);
        var rendered = await RenderedResult.RenderAsync(answer, services).ConfigureAwait(false);
        return rendered.ToToolResult("scope request " + rendered.Body?["id"] + ": " + rendered.Body?["state"]);
    }

    private static async ValueTask<CallToolResult> ListAsync(ToolArguments arguments, RequestInfo request, CancellationToken cancellation)
    {
        arguments.OnlyThese("state");
        var services = HostTools.ServicesOf(request);
        var answer = ScopeRequestEndpoints.List(arguments.OptionalString("state"), HostTools.UserOf(request), services.GetRequiredService<Orchestrator>());
        var rendered = await RenderedResult.RenderAsync(answer, services).ConfigureAwait(false);
        var text = new StringBuilder();
        foreach (var item in rendered.Body as JsonArray ?? [])
        {
            text.Append(item?["id"]).Append("  ").Append(item?["state"]).Append("  ").Append(item?["worker"]).Append("  ").Append(string.Join(", ", item?["paths"]?.AsArray() ?? [])).Append('\n');
        }

        return rendered.ToToolResult(text.Length == 0 ? "no scope requests" : text.ToString(), "scopeRequests");
    }

    private static async ValueTask<CallToolResult> DecideAsync(ToolArguments arguments, RequestInfo request, CancellationToken cancellation)
    {
        arguments.OnlyThese("request", "decision", "reason", "override_forbidden");
        var id = arguments.RequiredString("request");
        var body = new ScopeDecisionBody(arguments.OptionalString("decision"), arguments.OptionalString("reason"), arguments.Has("override_forbidden") ? arguments.Flag("override_forbidden") : null);
        var services = HostTools.ServicesOf(request);
        var user = HostTools.UserOf(request);
        var answer = await HostTools.WithRole(Role.Lead, user, () => ScopeRequestEndpoints.Decide(id, body, user, services.GetRequiredService<Orchestrator>(), cancellation)).ConfigureAwait(false);
        var rendered = await RenderedResult.RenderAsync(answer, services).ConfigureAwait(false);
        return rendered.ToToolResult("scope request " + id + ": " + rendered.Body?["state"]);
    }
}
