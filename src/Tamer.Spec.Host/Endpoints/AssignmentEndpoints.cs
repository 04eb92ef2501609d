using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Claims;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Tamer.Spec.Host.Assignments;
using Tamer.Spec.Host.Auth;
using Tamer.Spec.Host.Contracts;
using Tamer.Spec.Host.WorkItems;
using Tamer.Spec.Repository;
using Tamer.Spec.TestRuns;

namespace Tamer.Spec.Host.Endpoints;

/// <summary>
/// The assignment lifecycle: assign (the gate), submit (the drift and evidence checks), complete,
/// and review by another token. The worker is always the token's.
/// </summary>
internal static class AssignmentEndpoints
{
    /// <summary>The largest submission body with test runs: room for run files of some thousands of tests. Without runs, 1 MiB as every other body.</summary>
    public const long MaxSubmissionBytes = 64L * 1024 * 1024;

    /// <summary>The most changed paths one submission may list.</summary>
    public const int MaxChangedFiles = 50_000;

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
            .WithSummary("Checks the worker's change against the Work Item's scope, widened by granted scope requests, and its test runs (TRX or JUnit XML in testRuns) against the criteria: review when both hold, refused (TMR1101-TMR1103, TMR6004, TMR6005) when not, with what to do about each path outside the scope and each unproven criterion.")
            .RequireRoles(Role.Worker)
            .WithMetadata(new RequestSizeLimitAttribute(MaxSubmissionBytes))
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
        v1.MapPost("/assignments/{assignmentId}/reviews", Review)
            .WithName("ReviewAssignment")
            .WithSummary("Another token's review of an assignment in review: approve makes it done, reject sends it back in progress with the reason in its history. The implementer's own review is 403.")
            .RequireRoles(Role.Worker, Role.Reviewer, Role.Lead)
            .Produces<AssignmentResult>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    internal static async Task<IResult> Assign(string id, ClaimsPrincipal user, Orchestrator orchestrator, CancellationToken cancellation)
    {
        return await Guarded(
            () => orchestrator.AssignAsync(id, WorkerOf(user), cancellation),
            outcome => TypedResults.Created("/v1/assignments/" + outcome.Assignment!.Id, AssignmentView.From(outcome.Assignment) with { Memory = MemoryOf(orchestrator.Current(), outcome.Assignment.WorkItemId) })).ConfigureAwait(false);
    }

    // What the project remembers about the Work Item: its governing invariants and the rejected designs it resembles.
    // Left out when there is nothing to remember (no registry or log, or nothing in them concerns it).
    private static MemoryView? MemoryOf(WorkItems.GateView view, string workItemId) =>
        view.Find(workItemId)?.WorkItem is { } workItem && MemoryView.For(workItem, view.Workspace, view.Files.Configuration) is { } memory && (memory.Invariants.Count > 0 || memory.RejectedDesigns.Count > 0)
            ? memory
            : null;

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
            Memory = MemoryOf(view, assignment.WorkItemId),
            Grants = view.Book.RequestsFor(assignmentId).Where(r => r.State == ScopeRequestState.Approved).Select(GrantView.From).ToList(),
            History = StepView.Of(assignment),
        });
    }

    internal static async Task<IResult> Submit(string assignmentId, SubmissionRequest? submission, ClaimsPrincipal user, Orchestrator orchestrator, HostSettings settings, WorkItemSource source, HttpRequest? request, CancellationToken cancellation)
    {
        if (submission is null || (submission.ChangedFiles is null) == (submission.Base is null))
        {
            return Problems.Problem(StatusCodes.Status400BadRequest, "Bad submission", "send either { \"changedFiles\": [...] } or { \"base\": \"REV\", \"head\": \"REV\" }, not both");
        }

        // Only test runs earn the larger body; a list of paths is held to the limit of every other body.
        var sendsRuns = submission.TestRuns is { Count: > 0 };
        if (!sendsRuns && request?.ContentLength > WorkItemEndpoints.MaxBodyBytes)
        {
            return WorkItemEndpoints.TooLarge();
        }

        if (submission.ChangedFiles?.Count > MaxChangedFiles)
        {
            return Problems.Problem(StatusCodes.Status400BadRequest, "Bad submission", "a submission lists at most " + MaxChangedFiles + " changed paths; this one lists " + submission.ChangedFiles.Count);
        }

        // The runs are read for the assignment's worker only, before the state lock.
        if (sendsRuns && orchestrator.CheckSubmittable(assignmentId, WorkerOf(user)) is { } notYours)
        {
            return Problems.For(notYours);
        }

        if (ReadTestRuns(sendsRuns ? submission.TestRuns : null) is var (runs, badRun) && badRun is not null)
        {
            return badRun;
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
            () => orchestrator.SubmitAsync(assignmentId, WorkerOf(user), changed, runs, cancellation),
            outcome => TypedResults.Ok(Result(outcome)),
            refused =>
            {
                // Reverting a file git does not track means removing it; only a working-tree submission has them.
                var untracked = topLevel is not null && submission.Head is null ? UntrackedFiles.Among(topLevel, refused.Outside.Select(o => o.Path).ToList()) : new HashSet<string>();
                var members = new List<(string, object)> { ("outsideScope", refused.Outside.Select(o => DriftRemedy.From(o, assignmentId, submission.Base, untracked.Contains(o.Path))).ToList()) };
                if (refused.Unproven.Count > 0)
                {
                    members.Add(("unproven", refused.Unproven.Select(d => new UnprovenView(SubmittedEvidence.CriterionOf(d) ?? string.Empty, d.Id, d.Message)).ToList()));
                }

                return Problems.Refused(refused.Detail!, refused.Diagnostics, members.ToArray());
            }).ConfigureAwait(false);
    }

    internal static async Task<IResult> Review(string assignmentId, ReviewRequest? review, ClaimsPrincipal user, Orchestrator orchestrator, CancellationToken cancellation)
    {
        if (review?.Decision is not ("approve" or "reject") || string.IsNullOrWhiteSpace(review.Reason) || review.Reason.Length > ScopeRequestEndpoints.MaxText)
        {
            return Problems.Problem(StatusCodes.Status400BadRequest, "Bad review", "send { \"decision\": \"approve\" or \"reject\", \"reason\": \"why, up to " + ScopeRequestEndpoints.MaxText + " characters\" }");
        }

        return await Guarded(
            () => orchestrator.ReviewAsync(assignmentId, Actor.Of(user), review.Decision == "approve", review.Reason.Trim(), cancellation),
            outcome => TypedResults.Ok(new AssignmentResult(AssignmentView.From(outcome.Assignment!) with { History = StepView.Of(outcome.Assignment!) }, []))).ConfigureAwait(false);
    }

    // Each run is read as verify --tests reads a file; one that is not TRX or JUnit XML is a 400 naming its place.
    private static (IReadOnlyList<TestRun>? Runs, IResult? Problem) ReadTestRuns(IReadOnlyList<SubmittedTestRun>? submitted)
    {
        if (submitted is null)
        {
            return (null, null);
        }

        var runs = new List<TestRun>();
        for (var i = 0; i < submitted.Count; i++)
        {
            var name = string.IsNullOrWhiteSpace(submitted[i]?.Name) ? "testRuns[" + i + "]" : submitted[i].Name!;
            if (string.IsNullOrEmpty(submitted[i]?.Content))
            {
                return (null, Problems.Problem(StatusCodes.Status400BadRequest, "Bad test run", name + " has no content: send { \"name\": \"results.trx\", \"content\": \"<TestRun ...\" }"));
            }

            try
            {
                runs.Add(TestRunReader.Read(name, submitted[i].Content!));
            }
            catch (TestRunFormatException exception)
            {
                return (null, Problems.Problem(StatusCodes.Status400BadRequest, "Bad test run", exception.Message));
            }
        }

        return (runs, null);
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
