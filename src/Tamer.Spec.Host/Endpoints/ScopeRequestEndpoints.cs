using System;
using System.Linq;
using System.Security.Claims;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Tamer.Spec.Host.Assignments;
using Tamer.Spec.Host.Auth;
using Tamer.Spec.Host.Contracts;
using Tamer.Spec.Paths;

namespace Tamer.Spec.Host.Endpoints;

/// <summary>
/// Scope that grows only by consent: the assignment's worker asks (<c>202</c>, pending), a lead
/// who is not that worker approves or denies (<c>200</c>); every request and decision is a ledger
/// event. An approval widens the assignment's scope for the drift check, never the file.
/// </summary>
internal static class ScopeRequestEndpoints
{
    private const int MaxPaths = 100;
    /// <summary>The longest reason a request, decision, review or lifted block may give.</summary>
    internal const int MaxText = 2000;

    public static void Map(RouteGroupBuilder v1)
    {
        v1.MapPost("/assignments/{assignmentId}/scope-requests", Request)
            .WithName("RequestScope")
            .WithSummary("The assignment's worker asks for more scope: paths, write or read_only access, and why. The request waits for a lead.")
            .RequireRoles(Role.Worker)
            .Produces<ScopeRequestView>(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        v1.MapGet("/scope-requests", List)
            .WithName("ListScopeRequests")
            .WithSummary("Scope requests, oldest first, optionally of one state: every request for a lead, a token's own requests for anyone else.")
            .RequireRoles()
            .Produces<ScopeRequestView[]>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
        v1.MapGet("/scope-requests/{requestId}", Get)
            .WithName("GetScopeRequest")
            .WithSummary("One scope request with its decision.")
            .RequireRoles()
            .Produces<ScopeRequestView>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        v1.MapPost("/scope-requests/{requestId}/decision", Decide)
            .WithName("DecideScopeRequest")
            .WithSummary("A lead approves or denies another worker's pending scope request; a forbidden path is granted only with override_forbidden.")
            .RequireRoles(Role.Lead)
            .Produces<ScopeRequestView>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    internal static async Task<IResult> Request(string assignmentId, ScopeRequestBody? body, ClaimsPrincipal user, Orchestrator orchestrator, CancellationToken cancellation)
    {
        if (Invalid(body) is { } problem)
        {
            return Problems.Problem(StatusCodes.Status400BadRequest, "Bad scope request", problem);
        }

        var paths = body!.Paths!.Select(p => p.Trim()).ToList();
        var access = body.Access ?? ScopeRequest.WriteAccess;
        return await AssignmentEndpoints.Guarded(
            () => orchestrator.RequestScopeAsync(assignmentId, Actor.Of(user).Name, paths, access, body.Reason!.Trim(), cancellation),
            outcome => TypedResults.Accepted("/v1/scope-requests/" + outcome.Request!.Id, ViewOf(orchestrator, outcome.Request))).ConfigureAwait(false);
    }

    internal static IResult List(string? state, ClaimsPrincipal user, Orchestrator orchestrator)
    {
        ScopeRequestState? wanted = null;
        if (state is not null && (wanted = ScopeRequest.StateNamed(state)) is null)
        {
            return Problems.Problem(StatusCodes.Status400BadRequest, "Bad state", "'state' is pending, approved or denied");
        }

        var actor = Actor.Of(user);
        return TypedResults.Ok(orchestrator.Book.Requests
            .Where(r => (wanted is null || r.State == wanted) && (actor.Has(Role.Lead) || actor.Is(r.Worker)))
            .Select(r => ViewOf(orchestrator, r))
            .ToArray());
    }

    private static IResult Get(string requestId, Orchestrator orchestrator) =>
        orchestrator.Book.FindRequest(requestId) is { } request
            ? TypedResults.Ok(ViewOf(orchestrator, request))
            : Problems.For(GateOutcome.Failed(OutcomeKind.NotFound, "no scope request has the id '" + requestId + "'"));

    internal static async Task<IResult> Decide(string requestId, ScopeDecisionBody? body, ClaimsPrincipal user, Orchestrator orchestrator, CancellationToken cancellation)
    {
        if (body?.Decision is not ("approve" or "deny") || string.IsNullOrWhiteSpace(body.Reason) || body.Reason.Length > MaxText)
        {
            return Problems.Problem(StatusCodes.Status400BadRequest, "Bad decision", "send { \"decision\": \"approve\" or \"deny\", \"reason\": \"why, up to " + MaxText + " characters\" } and, to grant paths the Work Item forbids, \"override_forbidden\": true");
        }

        return await AssignmentEndpoints.Guarded(
            () => orchestrator.DecideScopeAsync(requestId, Actor.Of(user), body.Decision == "approve", body.Reason.Trim(), body.OverrideForbidden == true, cancellation),
            outcome => TypedResults.Ok(ViewOf(orchestrator, outcome.Request!))).ConfigureAwait(false);
    }

    private static ScopeRequestView ViewOf(Orchestrator orchestrator, ScopeRequest request) =>
        ScopeRequestView.From(request, orchestrator.Current().Find(request.WorkItemId)?.WorkItem?.Scope);

    // What is wrong with a request's body, or null.
    private static string? Invalid(ScopeRequestBody? body)
    {
        if (body?.Paths is not { Count: > 0 and <= MaxPaths } paths)
        {
            return "send { \"paths\": [\"src/x.ts\", \"src/y/**\"], \"access\": \"write\", \"reason\": \"why\" } with 1 to " + MaxPaths + " paths";
        }

        foreach (var path in paths)
        {
            var pattern = path is { Length: > 0 and <= 512 } ? PathPattern.Parse(path.Trim()) : null;
            if (pattern is not { IsValid: true } || pattern.MatchesEverything || pattern.Normalized == ".." || pattern.Normalized.StartsWith("../", StringComparison.Ordinal))
            {
                return "'" + (path ?? "null") + "' is not a path inside the repository (relative to its root, up to 512 characters; a glob may not match everything)";
            }
        }

        if (body.Access is not (null or ScopeRequest.WriteAccess or ScopeRequest.ReadOnlyAccess))
        {
            return "'access' is " + ScopeRequest.WriteAccess + " (the default) or " + ScopeRequest.ReadOnlyAccess;
        }

        return string.IsNullOrWhiteSpace(body.Reason) || body.Reason.Length > MaxText ? "'reason' says why, in 1 to " + MaxText + " characters" : null;
    }
}
