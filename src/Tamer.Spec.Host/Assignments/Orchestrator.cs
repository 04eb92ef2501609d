using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Tamer.Spec.Diagnostics;
using Tamer.Spec.Engine;
using Tamer.Spec.CSharpClaims;
using Tamer.Spec.Host.Auth;
using Tamer.Spec.Host.Ledger;
using Tamer.Spec.Host.WorkItems;
using Tamer.Spec.Model;
using Tamer.Spec.Parsing;
using Tamer.Spec.TestRuns;

namespace Tamer.Spec.Host.Assignments;

/// <summary>
/// The orchestrator's state changes: assign (the gate, which a blocked worker does not pass), submit
/// (the drift check, against the scope widened by approved scope requests, and the evidence check of
/// its test runs), complete, review by another token, scope requests with their decisions, and a
/// lead lifting a worker's block. Each
/// runs alone in this host (one at a time), decides against the current workspace and the ledger
/// (caught up with the other hosts of a shared ledger), writes its event to the ledger, and only
/// then changes the in-memory state and answers. Reads use the in-memory state and never wait for
/// a write. The checks are the rule packs' own: the engine for the gate, the same engine with the change
/// for submissions.
/// </summary>
internal sealed partial class Orchestrator : IDisposable
{
    private readonly WorkItemSource _source;
    private readonly ILedger _ledger;
    private readonly LintEngine _engine;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly SubmissionPolicy _policy;
    private readonly ClaimSource _claims;
    // How often one state change is decided again when other hosts keep writing first.
    private const int MaxAttempts = 20;

    private readonly SemaphoreSlim _changes = new(1, 1);
    private readonly Lock _refresh = new();
    private AssignmentBook _book;
    private volatile GateView _view;
    private ConcurrentDictionary<(WorkItemDocument, WorkItemStatus), WorkItemDocument> _edited = new();

    public Orchestrator(WorkItemSource source, ILedger ledger, LintEngine engine, TimeProvider time, ILogger<Orchestrator> logger, SubmissionPolicy policy, ClaimSource claims)
    {
        _policy = policy;
        _claims = claims;
        _source = source;
        _ledger = ledger;
        _engine = engine;
        _time = time;
        _logger = logger;
        _book = LedgerReplay.Replay(ledger);
        _view = new GateView(source.Load(), _book, engine, _edited);
        LogStarted(_logger, _view.Files.Documents.Count, _view.Files.Root, ledger.Description, _book.LastSequence, _book.Count);
    }

    public AssignmentBook Book => Volatile.Read(ref _book);

    /// <summary>The workspace as it stands: read again when a file changed, re-judged when the ledger moved.</summary>
    public GateView Current()
    {
        var view = _view;
        if (view.Files.Generation == _source.Generation && ReferenceEquals(view.Book, Book))
        {
            return view;
        }

        lock (_refresh)
        {
            view = _view;
            var generation = _source.Generation;
            if (view.Files.Generation == generation && ReferenceEquals(view.Book, Book))
            {
                return view;
            }

            var files = view.Files;
            if (files.Generation != generation)
            {
                files = Reload(files, generation);
                _edited = new();
            }

            _view = view = new GateView(files, Book, _engine, _edited);
            return view;
        }
    }

    /// <summary>The gate: a ready Work Item without errors is assigned to <paramref name="worker"/>.</summary>
    public Task<GateOutcome> AssignAsync(string workItemId, string worker, CancellationToken cancellation) =>
        ChangeAsync(() => DecideAssignment(workItemId, worker), cancellation);

    /// <summary>
    /// The drift and evidence checks: a change inside the scope whose test runs (when sent, or when
    /// the policy requires them) prove every criterion moves the assignment to review; any other is refused.
    /// </summary>
    public Task<GateOutcome> SubmitAsync(string assignmentId, string worker, IReadOnlyList<string> changedFiles, IReadOnlyList<TestRun>? testRuns, CancellationToken cancellation)
    {
        // Without a run where the policy wants one, the evidence is a run that holds no test. The
        // claims are read from the files before the state lock, as git is.
        var runs = testRuns is { Count: > 0 } ? testRuns : _policy.EvidenceRequired ? [new TestRun("(no test run sent)", "none", [])] : null;
        SubmittedEvidence? evidence = null;
        try
        {
            evidence = runs is null ? null : new SubmittedEvidence(runs, _claims.Current());
        }
        catch (Exception exception) when (exception is ClaimSourceException or IOException or UnauthorizedAccessException)
        {
            return Task.FromResult(GateOutcome.Failed(OutcomeKind.Unavailable, "the host cannot read the tests' claims (" + exception.Message + "); nothing changed, the submission may be sent again") with { Title = "Claims unreadable" });
        }

        return ChangeAsync(() => DecideSubmission(assignmentId, worker, changedFiles, evidence), cancellation);
    }

    /// <summary>Completes an assignment in review: its Work Item is done, and its dependents may be assigned; one that needs a review waits for it.</summary>
    public Task<GateOutcome> CompleteAsync(string assignmentId, string worker, CancellationToken cancellation) =>
        ChangeAsync(() => DecideCompletion(assignmentId, worker), cancellation);

    /// <summary>Another token's review of an assignment in review: approve makes it done, reject sends it back in progress with the reason.</summary>
    public Task<GateOutcome> ReviewAsync(string assignmentId, Actor reviewer, bool approve, string reason, CancellationToken cancellation) =>
        ChangeAsync(() => DecideReview(assignmentId, reviewer, approve, reason), cancellation);

    /// <summary>A lead lifts the block of a worker refused too often in a row.</summary>
    public Task<GateOutcome> UnblockAsync(string worker, Actor lead, string reason, CancellationToken cancellation) =>
        ChangeAsync(() => DecideUnblock(worker, lead, reason), cancellation);

    /// <summary>True when <paramref name="worker"/> gets no new assignment now.</summary>
    public bool IsBlocked(string worker) => Book.WorkerRecordOf(worker).IsBlocked(_policy.BlockAfter);

    /// <summary>The policy the host runs with.</summary>
    public SubmissionPolicy Policy => _policy;

    /// <summary>The assignment's worker asks for more scope: a pending request, answered by a lead.</summary>
    public Task<GateOutcome> RequestScopeAsync(string assignmentId, string worker, IReadOnlyList<string> paths, string access, string reason, CancellationToken cancellation) =>
        ChangeAsync(() => DecideScopeRequest(assignmentId, worker, paths, access, reason), cancellation);

    /// <summary>A lead approves or denies a pending scope request of another worker.</summary>
    public Task<GateOutcome> DecideScopeAsync(string requestId, Actor lead, bool approve, string reason, bool overrideForbidden, CancellationToken cancellation) =>
        ChangeAsync(() => DecideScopeDecision(requestId, lead, approve, reason, overrideForbidden), cancellation);

    /// <summary>Why <paramref name="worker"/> cannot submit to the assignment now, or null: checked before the work of reading a git range.</summary>
    public GateOutcome? CheckSubmittable(string assignmentId, string worker) => Owned(assignmentId, worker, AssignmentState.InProgress, "submitted");

    /// <summary>
    /// Reads the events other hosts appended since this one last looked and applies them; a no-op
    /// for a ledger only this host writes. Called before each state change and, by
    /// <see cref="LedgerFollower"/>, every few hundred milliseconds. Throws
    /// <see cref="LedgerUnavailableException"/> when the ledger cannot be read.
    /// </summary>
    public async Task CatchUpAsync(CancellationToken cancellation)
    {
        await _changes.WaitAsync(cancellation).ConfigureAwait(false);
        try
        {
            CatchUp(force: false);
        }
        finally
        {
            _changes.Release();
        }
    }

    public void Dispose() => _changes.Dispose();

    private Decision DecideAssignment(string workItemId, string worker)
    {
        if (Book.WorkerRecordOf(worker) is var record && record.IsBlocked(_policy.BlockAfter))
        {
            return Decision.Answering(GateOutcome.Failed(OutcomeKind.Forbidden, Blocked(record)) with { Title = "Worker blocked" });
        }

        var view = Current();
        if (view.Find(workItemId) is not { WorkItem: { } workItem } document)
        {
            return Decision.Answering(GateOutcome.Failed(OutcomeKind.NotFound, "no Work Item has the id '" + workItemId + "'"));
        }

        if (Book.LatestFor(workItemId) is { } latest)
        {
            return Decision.Answering(GateOutcome.Failed(OutcomeKind.Conflict, latest.State == AssignmentState.Done
                ? workItemId + " is done (assignment " + latest.Id + ")"
                : workItemId + " is already assigned to " + latest.Worker + " (assignment " + latest.Id + ", " + WorkItemFormat.ToValue(latest.Status) + ")", latest));
        }

        var lint = view.Lint(document);
        if (lint.IsRefused)
        {
            return Decision.Answering(GateOutcome.Refused(workItemId + " is refused: " + Describe(lint.Gate.Refusals), lint.Diagnostics));
        }

        if (workItem.Status != WorkItemStatus.Ready)
        {
            return Decision.Answering(GateOutcome.Failed(OutcomeKind.Conflict, workItemId + " is " + StatusName(workItem.Status) + "; only a ready Work Item can be assigned"));
        }

        var entry = new LedgerEvent(Book.LastSequence + 1, LedgerEvent.Assigned, _time.GetUtcNow(), "A" + Guid.NewGuid().ToString("N"), workItemId, worker);
        return Decision.Recording(entry, book =>
        {
            LogAssigned(_logger, workItemId, worker, entry.AssignmentId);
            return GateOutcome.Accepted(book.Find(entry.AssignmentId)!, lint.Diagnostics);
        });
    }

    private Decision DecideSubmission(string assignmentId, string worker, IReadOnlyList<string> changedFiles, SubmittedEvidence? evidence)
    {
        if (Owned(assignmentId, worker, AssignmentState.InProgress, "submitted") is { } problem)
        {
            return Decision.Answering(problem);
        }

        var assignment = Book.Find(assignmentId)!;
        var view = Current();
        if (view.Find(assignment.WorkItemId) is not { WorkItem: not null } document)
        {
            return Decision.Answering(GateOutcome.Failed(OutcomeKind.Conflict, "no Work Item file declares " + assignment.WorkItemId + " any more", assignment));
        }

        var (drift, outside) = WidenedScope.Check(_engine, document, changedFiles, view.Files.Configuration, Book.RequestsFor(assignmentId), evidence);
        var gate = GateDecision.For(drift);
        if (gate.IsRefused)
        {
            // The refusal is recorded (the trend per worker is read from the ledger); the assignment stays as it was.
            // A refusal for unproven criteria alone is an evidence refusal; any other (drift, or a
            // finding of another pack's change check) is recorded as drift, as before evidence existed.
            var unproven = gate.Refusals.Where(SubmittedEvidence.IsUnproven).ToList();
            var forEvidence = unproven.Count == gate.Refusals.Count;
            var detail = forEvidence
                ? "the test runs do not prove " + assignment.WorkItemId + ": " + SubmittedEvidence.Describe(unproven) + "; the assignment stays in progress"
                : "the change leaves the scope of " + assignment.WorkItemId + ": " + Describe(gate.Refusals) + "; the assignment stays in progress";
            var refusal = GateOutcome.Refused(detail, drift, assignment) with { Outside = outside, Unproven = unproven };
            var refused = new LedgerEvent(Book.LastSequence + 1, forEvidence ? LedgerEvent.EvidenceRefused : LedgerEvent.DriftRefused, _time.GetUtcNow(), assignmentId, assignment.WorkItemId, worker, changedFiles)
            {
                Diagnostics = gate.Refusals.Select(d => d.Id).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
                Reason = detail,
            };
            return Decision.Recording(refused, _ => refusal);
        }

        var entry = new LedgerEvent(Book.LastSequence + 1, LedgerEvent.Submitted, _time.GetUtcNow(), assignmentId, assignment.WorkItemId, worker, changedFiles);
        return Decision.Recording(entry, book => GateOutcome.Accepted(book.Find(assignmentId)!, drift));
    }

    private Decision DecideCompletion(string assignmentId, string worker)
    {
        if (Owned(assignmentId, worker, AssignmentState.Review, "completed") is { } problem)
        {
            return Decision.Answering(problem);
        }

        var assignment = Book.Find(assignmentId)!;
        if (_policy.NeedsReview(Current().Find(assignment.WorkItemId)?.WorkItem))
        {
            return Decision.Answering(GateOutcome.Failed(OutcomeKind.Conflict, assignment.WorkItemId + " needs a review by another token before it is done: POST /v1/assignments/" + assignmentId + "/reviews", assignment) with { Title = "Review required" });
        }

        var entry = new LedgerEvent(Book.LastSequence + 1, LedgerEvent.Completed, _time.GetUtcNow(), assignmentId, assignment.WorkItemId, worker);
        return Decision.Recording(entry, book => GateOutcome.Accepted(book.Find(assignmentId)!));
    }

    private Decision DecideReview(string assignmentId, Actor reviewer, bool approve, string reason)
    {
        if (Book.Find(assignmentId) is not { } assignment)
        {
            return Decision.Answering(GateOutcome.Failed(OutcomeKind.NotFound, "no assignment has the id '" + assignmentId + "'"));
        }

        if (reviewer.Is(assignment.Worker))
        {
            return Decision.Answering(GateOutcome.Failed(OutcomeKind.Forbidden, "assignment " + assignmentId + " is " + reviewer.Name + "'s own work; another token reviews it") with { Title = "Your own work" });
        }

        if (Book.WorkerRecordOf(reviewer.Name) is var record && record.IsBlocked(_policy.BlockAfter))
        {
            return Decision.Answering(GateOutcome.Failed(OutcomeKind.Forbidden, Blocked(record)) with { Title = "Worker blocked" });
        }

        if (assignment.State != AssignmentState.Review)
        {
            return Decision.Answering(GateOutcome.Failed(OutcomeKind.Conflict, "assignment " + assignmentId + " is " + WorkItemFormat.ToValue(assignment.Status) + "; only one in review can be reviewed", assignment));
        }

        var entry = new LedgerEvent(Book.LastSequence + 1, LedgerEvent.Reviewed, _time.GetUtcNow(), assignmentId, assignment.WorkItemId, reviewer.Name)
        {
            Decision = approve ? LedgerEvent.Approved : LedgerEvent.Rejected,
            Reason = reason,
        };
        return Decision.Recording(entry, book =>
        {
            LogReviewed(_logger, reviewer.Name, entry.Decision, assignmentId, assignment.WorkItemId);
            return GateOutcome.Accepted(book.Find(assignmentId)!);
        });
    }

    private Decision DecideUnblock(string worker, Actor lead, string reason)
    {
        if (lead.Is(worker))
        {
            return Decision.Answering(GateOutcome.Failed(OutcomeKind.Forbidden, "a worker's block is lifted by another lead, not by " + worker) with { Title = "Your own block" });
        }

        var record = Book.WorkerRecordOf(worker);
        if (!record.IsBlocked(_policy.BlockAfter))
        {
            return Decision.Answering(GateOutcome.Failed(OutcomeKind.Conflict, worker + " is not blocked") with { Worker = record });
        }

        var entry = new LedgerEvent(Book.LastSequence + 1, LedgerEvent.WorkerUnblocked, _time.GetUtcNow(), string.Empty, string.Empty, lead.Name)
        {
            BlockedWorker = worker,
            Reason = reason,
        };
        return Decision.Recording(entry, book => new GateOutcome(OutcomeKind.Accepted, null, null, []) { Worker = book.WorkerRecordOf(worker) });
    }

    private string Blocked(WorkerRecord record) =>
        record.Name + " is blocked: its last " + record.UnprovenInARow + " submissions were refused for criteria their test runs did not prove"
        + (record.LastReasons.LastOrDefault(r => r.Type == LedgerEvent.EvidenceRefused) is { } last ? " (the last: " + last.Reason + ")" : string.Empty)
        + "; a lead lifts the block with POST /v1/workers/" + record.Name + "/unblock";

    private Decision DecideScopeRequest(string assignmentId, string worker, IReadOnlyList<string> paths, string access, string reason)
    {
        if (Owned(assignmentId, worker, AssignmentState.InProgress, "given more scope") is { } problem)
        {
            return Decision.Answering(problem);
        }

        var assignment = Book.Find(assignmentId)!;
        var entry = new LedgerEvent(Book.LastSequence + 1, LedgerEvent.ScopeRequested, _time.GetUtcNow(), assignmentId, assignment.WorkItemId, worker)
        {
            Request = "S" + Guid.NewGuid().ToString("N"),
            Paths = paths,
            Access = access,
            Reason = reason,
        };
        return Decision.Recording(entry, book =>
        {
            LogScopeRequested(_logger, worker, entry.Request, assignment.WorkItemId, string.Join(", ", paths));
            return GateOutcome.Accepted(assignment) with { Request = book.FindRequest(entry.Request)! };
        });
    }

    private Decision DecideScopeDecision(string requestId, Actor lead, bool approve, string reason, bool overrideForbidden)
    {
        if (Book.FindRequest(requestId) is not { } request)
        {
            return Decision.Answering(GateOutcome.Failed(OutcomeKind.NotFound, "no scope request has the id '" + requestId + "'"));
        }

        if (lead.Is(request.Worker))
        {
            return Decision.Answering(GateOutcome.Failed(OutcomeKind.Forbidden, "scope request " + requestId + " is " + lead.Name + "'s own; another lead decides it") with { Title = "Your own request" });
        }

        if (request.State != ScopeRequestState.Pending)
        {
            return Decision.Answering(GateOutcome.Failed(OutcomeKind.Conflict, "scope request " + requestId + " was already " + ScopeRequest.NameOf(request.State) + " by " + request.DecidedBy) with { Request = request });
        }

        var entry = new LedgerEvent(Book.LastSequence + 1, LedgerEvent.ScopeDecided, _time.GetUtcNow(), request.AssignmentId, request.WorkItemId, lead.Name)
        {
            Request = requestId,
            Decision = approve ? "approved" : "denied",
            Reason = reason,
            OverrideForbidden = approve && overrideForbidden ? true : null,
        };
        return Decision.Recording(entry, book =>
        {
            LogScopeDecided(_logger, lead.Name, entry.Decision, requestId, request.WorkItemId, entry.OverrideForbidden == true);
            return GateOutcome.Accepted(book.Find(request.AssignmentId)!) with { Request = book.FindRequest(requestId)! };
        });
    }

    private GateOutcome? Owned(string assignmentId, string worker, AssignmentState required, string step)
    {
        if (Book.Find(assignmentId) is not { } assignment)
        {
            return GateOutcome.Failed(OutcomeKind.NotFound, "no assignment has the id '" + assignmentId + "'");
        }

        if (!string.Equals(assignment.Worker, worker, StringComparison.Ordinal))
        {
            return GateOutcome.Failed(OutcomeKind.Forbidden, "assignment " + assignmentId + " belongs to another worker");
        }

        return assignment.State == required
            ? null
            : GateOutcome.Failed(OutcomeKind.Conflict, "assignment " + assignmentId + " is " + WorkItemFormat.ToValue(assignment.Status) + "; only one " + StatusName(required == AssignmentState.InProgress ? WorkItemStatus.InProgress : WorkItemStatus.Review) + " can be " + step, assignment);
    }

    // One state change at a time in this host. It decides against the ledger as it stands (caught
    // up with other hosts first), and its event is durable before the state changes in memory and
    // before the answer: a failed write changes nothing. When another host took the event's
    // number (or the database's unique keys refuse the decision), this host catches up and decides
    // again, against the state that now includes the other host's change.
    private async Task<GateOutcome> ChangeAsync(Func<Decision> decide, CancellationToken cancellation)
    {
        await _changes.WaitAsync(cancellation).ConfigureAwait(false);
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                CatchUp(force: attempt > 1);
                var decision = decide();
                if (decision.Event is not { } entry)
                {
                    return decision.Answer!;
                }

                var next = Book.Apply(entry);
                try
                {
                    _ledger.Append(entry);
                }
                catch (LedgerConflictException exception) when (attempt < MaxAttempts)
                {
                    LogConflict(_logger, entry.Sequence, exception.Message);
                    continue;
                }
                catch (LedgerConflictException exception)
                {
                    throw new LedgerUnavailableException("other hosts kept taking the ledger's next event number (" + MaxAttempts + " tries); nothing changed", exception);
                }

                Volatile.Write(ref _book, next);
                return decision.Accepted!(next);
            }
        }
        finally
        {
            _changes.Release();
        }
    }

    // Callers hold _changes.
    private void CatchUp(bool force)
    {
        if (!_ledger.IsShared && !force)
        {
            return;
        }

        var events = _ledger.ReadAfter(Book.LastSequence);
        if (events.Count == 0)
        {
            return;
        }

        var book = Book;
        foreach (var entry in events)
        {
            try
            {
                book = book.Apply(entry);
            }
            catch (InvalidOperationException exception)
            {
                throw new LedgerUnavailableException("the ledger's event " + entry.Sequence + " does not follow from the ones before it (" + exception.Message + "); this host takes no more changes from it", exception);
            }
        }

        Volatile.Write(ref _book, book);
    }

    private WorkItemFiles Reload(WorkItemFiles previous, long generation)
    {
        try
        {
            var files = _source.Load();
            LogReloaded(_logger, files.Documents.Count);
            return files;
        }
        catch (HostStartException exception)
        {
            LogReloadFailed(_logger, exception.Message);
            return previous with { Generation = generation };
        }
    }

    private static string StatusName(WorkItemStatus status) => status == WorkItemStatus.Unknown ? "of an unknown status" : WorkItemFormat.ToValue(status);

    private static string Describe(IReadOnlyList<Diagnostic> refusals) =>
        refusals.Count + (refusals.Count == 1 ? " error" : " errors") + " (" + string.Join(", ", refusals.Select(d => d.Id).Distinct()) + ")";

    [LoggerMessage(Level = LogLevel.Information, Message = "{Count} Work Items read under {Root}; ledger {Ledger} at event {Sequence} with {Assignments} assignments")]
    private static partial void LogStarted(ILogger logger, int count, string root, string ledger, long sequence, int assignments);

    [LoggerMessage(Level = LogLevel.Information, Message = "Event {Sequence} was written by another host first ({Reason}); deciding again")]
    private static partial void LogConflict(ILogger logger, long sequence, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "{WorkItem} assigned to {Worker} ({Assignment})")]
    private static partial void LogAssigned(ILogger logger, string workItem, string worker, string assignment);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Worker} asks for more scope ({Request}) on {WorkItem}: {Paths}")]
    private static partial void LogScopeRequested(ILogger logger, string worker, string request, string workItem, string paths);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Lead} {Decision} scope request {Request} on {WorkItem} (forbidden paths overridden: {Override})")]
    private static partial void LogScopeDecided(ILogger logger, string lead, string decision, string request, string workItem, bool @override);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Reviewer} {Decision} assignment {Assignment} of {WorkItem}")]
    private static partial void LogReviewed(ILogger logger, string reviewer, string? decision, string assignment, string workItem);

    [LoggerMessage(Level = LogLevel.Information, Message = "Work Items changed on disk: {Count} read again")]
    private static partial void LogReloaded(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Work Items changed on disk but cannot be read again ({Reason}); the host keeps the last good reading")]
    private static partial void LogReloadFailed(ILogger logger, string reason);
}
