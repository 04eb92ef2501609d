using System.Security.Claims;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Tamer.Spec.Host.Assignments;
using Tamer.Spec.Host.Auth;
using Tamer.Spec.Host.Contracts;

namespace Tamer.Spec.Host.Endpoints;

/// <summary>
/// A record per worker, read from the ledger: what it took, what was refused and why. A worker whose
/// last submissions were refused for unproven criteria (<c>--block-after</c> in a row) gets no new
/// assignment until a lead lifts the block, which is itself a ledger event.
/// </summary>
internal static class WorkerEndpoints
{
    public static void Map(RouteGroupBuilder v1)
    {
        v1.MapGet("/workers/{name}", Get)
            .WithName("GetWorker")
            .WithSummary("One worker's record: assignments taken, submissions accepted, refused for drift and for unproven criteria, reviews rejected, whether it is blocked, and its last reasons.")
            .RequireRoles()
            .Produces<WorkerView>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        v1.MapPost("/workers/{name}/unblock", Unblock)
            .WithName("UnblockWorker")
            .WithSummary("A lead lifts the block of a worker refused too often in a row for unproven criteria; the reason goes into the worker's record.")
            .RequireRoles(Role.Lead)
            .Produces<WorkerView>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static IResult Get(string name, Orchestrator orchestrator, WorkerTokens tokens)
    {
        var record = orchestrator.Book.WorkerRecordOf(name);
        if (!tokens.Knows(name) && record.Assigned == 0)
        {
            return Problems.Problem(StatusCodes.Status404NotFound, "Not found", "no token and no ledger event names the worker '" + name + "'");
        }

        return TypedResults.Ok(WorkerView.From(record, orchestrator.Policy.BlockAfter));
    }

    private static async Task<IResult> Unblock(string name, UnblockRequest? body, ClaimsPrincipal user, Orchestrator orchestrator, CancellationToken cancellation)
    {
        if (string.IsNullOrWhiteSpace(body?.Reason) || body.Reason.Length > ScopeRequestEndpoints.MaxText)
        {
            return Problems.Problem(StatusCodes.Status400BadRequest, "Bad request", "send { \"reason\": \"...\" }: why the block is lifted, at most " + ScopeRequestEndpoints.MaxText + " characters");
        }

        return await AssignmentEndpoints.Guarded(
            () => orchestrator.UnblockAsync(name, Actor.Of(user), body.Reason.Trim(), cancellation),
            outcome => TypedResults.Ok(WorkerView.From(outcome.Worker!, orchestrator.Policy.BlockAfter))).ConfigureAwait(false);
    }
}
