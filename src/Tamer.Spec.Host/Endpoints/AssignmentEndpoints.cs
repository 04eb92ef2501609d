using System;
using System.Collections.Generic;
using System.IO;
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
using Tamer.Spec.Host.WorkItems;
using Tamer.Spec.Repository;

namespace Tamer.Spec.Host.Endpoints;

/// <summary>The assignment lifecycle: assign (the gate), submit (the drift check), complete. The worker is always the token's.</summary>
internal static class AssignmentEndpoints
{
    public static void Map(RouteGroupBuilder v1)
    {
        v1.MapPost("/work-items/{id}/assignments", Assign)
            .WithName("AssignWorkItem")
            .WithSummary("The gate: assigns a ready Work Item without errors to the token's worker.")
            .RequireRoles(Role.Worker)
            .Produces<AssignmentView>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        v1.MapGet("/assignments/{assignmentId}", Get)
            .WithName("GetAssignment")
            .WithSummary("One assignment as the ledger has it, with the Work Item file's scope and the scope requests granted for it.")
            .RequireRoles()
            .Produces<AssignmentView>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        v1.MapPost("/assignments/{assignmentId}/submissions", Submit)
            .WithName("SubmitChange")
            .WithSummary("Checks the worker's change against the Work Item's scope, widened by granted scope requests: review when inside it, refused (TMR1101-TMR1103) when not, with what to do about each path outside it.")
            .RequireRoles(Role.Worker)
            .Produces<AssignmentResult>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        v1.MapPost("/assignments/{assignmentId}/complete", Complete)
            .WithName("CompleteAssignment")
            .WithSummary("Marks an assignment in review as done; the Work Item's dependents may then be assigned.")
            .RequireRoles(Role.Worker)
            .Produces<AssignmentResult>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    internal static async Task<IResult> Assign(string id, ClaimsPrincipal user, Orchestrator orchestrator, CancellationToken cancellation)
    {
        return await Guarded(
            () => orchestrator.AssignAsync(id, WorkerOf(user), cancellation),
            outcome => TypedResults.Created("/v1/assignments/" + outcome.Assignment!.Id, AssignmentView.From(outcome.Assignment))).ConfigureAwait(false);
    }

    private static IResult Get(string assignmentId, Orchestrator orchestrator)
    {
        var view = orchestrator.Current();
        if (view.Book.Find(assignmentId) is not { } assignment)
        {
            return Problems.For(GateOutcome.Failed(OutcomeKind.NotFound, "no assignment has the id '" + assignmentId + "'"));
        }

        return TypedResults.Ok(AssignmentView.From(assignment) with
        {
            Scope = view.Find(assignment.WorkItemId)?.WorkItem is { } workItem ? ScopeView.From(workItem.Scope) : null,
            Grants = view.Book.RequestsFor(assignmentId).Where(r => r.State == ScopeRequestState.Approved).Select(GrantView.From).ToList(),
        });
    }

    internal static async Task<IResult> Submit(string assignmentId, SubmissionRequest? submission, ClaimsPrincipal user, Orchestrator orchestrator, HostSettings settings, WorkItemSource source, CancellationToken cancellation)
    {
        if (submission is null || (submission.ChangedFiles is null) == (submission.Base is null))
        {
            return Problems.Problem(StatusCodes.Status400BadRequest, "Bad submission", "send either { \"changedFiles\": [...] } or { \"base\": \"REV\", \"head\": \"REV\" }, not both");
        }

        IReadOnlyList<string> changed;
        string? topLevel = null;
        if (submission.ChangedFiles is { } files)
        {
            if (files.Any(f => string.IsNullOrWhiteSpace(f)))
            {
                return Problems.Problem(StatusCodes.Status400BadRequest, "Bad submission", "every changed file is a non-empty path relative to the repository root");
            }

            changed = files;
        }
        else
        {
            // git runs before the state lock (it only reads the repository), for the owner only.
            if (orchestrator.CheckSubmittable(assignmentId, WorkerOf(user)) is { } problem)
            {
                return Problems.For(problem);
            }

            var repository = settings.Repository ?? source.RepositoryRoot;
            if (repository is null)
            {
                return Problems.Problem(StatusCodes.Status400BadRequest, "No repository", "the host has no git repository (start it with --repository, or keep the Work Items in one); send changedFiles instead");
            }

            try
            {
                topLevel = GitChanges.TopLevel(repository);
                changed = GitChanges.Between(topLevel, submission.Base!, submission.Head);
            }
            catch (GitException exception) when (exception.GitMissing)
            {
                return Problems.Problem(StatusCodes.Status503ServiceUnavailable, "git", "the host cannot run git (" + exception.Message + "); send changedFiles instead");
            }
            catch (GitException exception)
            {
                return Problems.Problem(StatusCodes.Status400BadRequest, "git", exception.Message);
            }
        }

        return await Guarded(
            () => orchestrator.SubmitAsync(assignmentId, WorkerOf(user), changed, cancellation),
            outcome => TypedResults.Ok(Result(outcome)),
            refused =>
            {
                // Reverting a file git does not track means removing it; only a working-tree submission has them.
                var untracked = topLevel is not null && submission.Head is null ? UntrackedFiles.Among(topLevel, refused.Outside.Select(o => o.Path).ToList()) : new HashSet<string>();
                return Problems.Refused(refused.Detail!, refused.Diagnostics, ("outsideScope", refused.Outside.Select(o => DriftRemedy.From(o, assignmentId, submission.Base, untracked.Contains(o.Path))).ToList()));
            }).ConfigureAwait(false);
    }

    internal static async Task<IResult> Complete(string assignmentId, ClaimsPrincipal user, Orchestrator orchestrator, CancellationToken cancellation)
    {
        return await Guarded(() => orchestrator.CompleteAsync(assignmentId, WorkerOf(user), cancellation), outcome => TypedResults.Ok(Result(outcome))).ConfigureAwait(false);
    }

    private static AssignmentResult Result(GateOutcome outcome) =>
        new(AssignmentView.From(outcome.Assignment!), outcome.Diagnostics.Select(DiagnosticItem.From).ToList());

    private static string WorkerOf(ClaimsPrincipal user) => user.Identity!.Name!;

    // A ledger that cannot be written changes nothing: the client hears 503 and may retry.
    internal static async Task<IResult> Guarded(Func<Task<GateOutcome>> change, Func<GateOutcome, IResult> accepted, Func<GateOutcome, IResult>? refused = null)
    {
        GateOutcome outcome;
        try
        {
            outcome = await change().ConfigureAwait(false);
        }
        catch (IOException exception)
        {
            return Problems.Problem(StatusCodes.Status503ServiceUnavailable, "Ledger unavailable", "the ledger could not be written (" + exception.Message + "); nothing changed, the request may be sent again");
        }

        return outcome.Kind switch
        {
            OutcomeKind.Accepted => accepted(outcome),
            OutcomeKind.Refused when refused is not null => refused(outcome),
            _ => Problems.For(outcome),
        };
    }
}
