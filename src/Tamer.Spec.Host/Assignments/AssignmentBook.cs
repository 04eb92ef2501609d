using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Tamer.Spec.Host.Ledger;

namespace Tamer.Spec.Host.Assignments;

/// <summary>
/// Every assignment, every scope request and every worker's record, rebuilt from the ledger's events. Immutable:
/// <see cref="Apply"/> gives a new book, so readers never see half a change. An event that does
/// not follow from the book (an unknown assignment, a step out of order, a request decided twice)
/// is refused with the reason.
/// </summary>
internal sealed class AssignmentBook
{
    public static readonly AssignmentBook Empty = new(ImmutableDictionary<string, Assignment>.Empty, ImmutableDictionary<string, Assignment>.Empty, ImmutableDictionary<string, ScopeRequest>.Empty, 0, EventTally.Empty, ImmutableDictionary<string, WorkerRecord>.Empty);

    private readonly ImmutableDictionary<string, Assignment> _byId;
    private readonly ImmutableDictionary<string, Assignment> _latestByWorkItem;
    private readonly ImmutableDictionary<string, ScopeRequest> _requests;
    private readonly ImmutableDictionary<string, WorkerRecord> _workers;

    private AssignmentBook(ImmutableDictionary<string, Assignment> byId, ImmutableDictionary<string, Assignment> latestByWorkItem, ImmutableDictionary<string, ScopeRequest> requests, long lastSequence, EventTally tally, ImmutableDictionary<string, WorkerRecord> workers)
    {
        Tally = tally;
        _workers = workers;
        _byId = byId;
        _latestByWorkItem = latestByWorkItem;
        _requests = requests;
        LastSequence = lastSequence;
    }

    /// <summary>The number of the last event applied (0 for none).</summary>
    public long LastSequence { get; }

    /// <summary>How many events of each type each worker made.</summary>
    public EventTally Tally { get; }

    /// <summary>How many assignments there are.</summary>
    public int Count => _byId.Count;

    public Assignment? Find(string assignmentId) => _byId.GetValueOrDefault(assignmentId);

    /// <summary>The Work Item's most recent assignment, or null when it never had one.</summary>
    public Assignment? LatestFor(string workItemId) => _latestByWorkItem.GetValueOrDefault(workItemId);

    public ScopeRequest? FindRequest(string requestId) => _requests.GetValueOrDefault(requestId);

    /// <summary>What the ledger knows of <paramref name="worker"/>; an empty record when nothing.</summary>
    public WorkerRecord WorkerRecordOf(string worker) => _workers.GetValueOrDefault(worker) ?? new WorkerRecord(worker);

    /// <summary>Every scope request, oldest first.</summary>
    public IEnumerable<ScopeRequest> Requests => _requests.Values.OrderBy(r => r.Sequence);

    /// <summary>The assignment's scope requests, oldest first.</summary>
    public IReadOnlyList<ScopeRequest> RequestsFor(string assignmentId) => Requests.Where(r => r.AssignmentId == assignmentId).ToList();

    /// <summary>The book after <paramref name="entry"/>; throws <see cref="InvalidOperationException"/> when the event does not follow.</summary>
    public AssignmentBook Apply(LedgerEvent entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var next = Next(entry);
        var about = entry.Type == LedgerEvent.WorkerUnblocked ? entry.BlockedWorker! : next.Find(entry.AssignmentId)?.Worker ?? entry.Worker;
        var workers = _workers.SetItem(about, WorkerRecordOf(about).Apply(entry));
        return new AssignmentBook(next._byId, next._latestByWorkItem, next._requests, next.LastSequence, Tally.Add(entry.Type, entry.Worker), workers);
    }

    private AssignmentBook Next(LedgerEvent entry)
    {
        if (entry.Sequence != LastSequence + 1)
        {
            throw new InvalidOperationException("event " + entry.Sequence + " follows event " + LastSequence);
        }

        Assignment next;
        switch (entry.Type)
        {
            case LedgerEvent.Assigned:
                if (_byId.ContainsKey(entry.AssignmentId))
                {
                    throw new InvalidOperationException("assignment " + entry.AssignmentId + " is assigned twice");
                }

                if (LatestFor(entry.WorkItemId) is { State: not AssignmentState.Done } open)
                {
                    throw new InvalidOperationException(entry.WorkItemId + " is assigned while assignment " + open.Id + " is open");
                }

                next = new Assignment(entry.AssignmentId, entry.WorkItemId, entry.Worker, AssignmentState.InProgress, entry.At);
                break;
            case LedgerEvent.Submitted:
                next = Existing(entry, AssignmentState.InProgress) with { State = AssignmentState.Review, SubmittedAt = entry.At, ChangedFiles = entry.ChangedFiles };
                break;
            case LedgerEvent.Completed:
                next = Existing(entry, AssignmentState.Review) with { State = AssignmentState.Done, CompletedAt = entry.At };
                break;
            case LedgerEvent.DriftRefused or LedgerEvent.EvidenceRefused:
                // A refusal leaves the assignment in progress; only its history grows.
                next = Existing(entry, AssignmentState.InProgress);
                Owned(next, entry);
                break;
            case LedgerEvent.Reviewed:
                next = Reviewed(entry);
                break;
            case LedgerEvent.WorkerUnblocked:
                if (string.IsNullOrEmpty(entry.BlockedWorker) || string.Equals(entry.BlockedWorker, entry.Worker, StringComparison.Ordinal))
                {
                    throw new InvalidOperationException("a lifted block names the worker, who is not the lead that lifts it");
                }

                return new AssignmentBook(_byId, _latestByWorkItem, _requests, entry.Sequence, Tally, _workers);
            case LedgerEvent.ScopeRequested:
                return WithRequest(Requested(entry), entry.Sequence);
            case LedgerEvent.ScopeDecided:
                return WithRequest(Decided(entry), entry.Sequence);
            default:
                throw new InvalidOperationException("'" + entry.Type + "' is not an event type");
        }

        next = next.With(new AssignmentStep(entry.Type, entry.At, entry.Worker, entry.Type == LedgerEvent.Reviewed ? entry.Decision : null, entry.Reason));
        return new AssignmentBook(_byId.SetItem(next.Id, next), _latestByWorkItem.SetItem(next.WorkItemId, next), _requests, entry.Sequence, Tally, _workers);
    }

    private AssignmentBook WithRequest(ScopeRequest request, long sequence) => new(_byId, _latestByWorkItem, _requests.SetItem(request.Id, request), sequence, Tally, _workers);

    private Assignment Reviewed(LedgerEvent entry)
    {
        var assignment = Existing(entry, AssignmentState.Review);
        if (string.Equals(assignment.Worker, entry.Worker, StringComparison.Ordinal))
        {
            throw new InvalidOperationException("assignment " + assignment.Id + " is reviewed by its own worker " + entry.Worker);
        }

        return entry.Decision switch
        {
            LedgerEvent.Approved => assignment with { State = AssignmentState.Done, CompletedAt = entry.At },
            LedgerEvent.Rejected => assignment with { State = AssignmentState.InProgress, SubmittedAt = null },
            _ => throw new InvalidOperationException("'" + entry.Decision + "' is not a review decision (approved or rejected)"),
        };
    }

    private ScopeRequest Requested(LedgerEvent entry)
    {
        var assignment = Existing(entry, AssignmentState.InProgress);
        if (entry.Request is null || entry.Paths is not { Count: > 0 } || entry.Access is not (ScopeRequest.WriteAccess or ScopeRequest.ReadOnlyAccess) || entry.Reason is null)
        {
            throw new InvalidOperationException("a scope request needs its id, paths, access (write or read_only) and reason");
        }

        if (_requests.ContainsKey(entry.Request))
        {
            throw new InvalidOperationException("scope request " + entry.Request + " is made twice");
        }

        if (!string.Equals(assignment.Worker, entry.Worker, StringComparison.Ordinal))
        {
            throw new InvalidOperationException("scope request " + entry.Request + " is made by " + entry.Worker + ", not by the assignment's worker " + assignment.Worker);
        }

        return new ScopeRequest(entry.Request, entry.Sequence, entry.AssignmentId, entry.WorkItemId, entry.Worker, entry.Paths, entry.Access, entry.Reason, entry.At);
    }

    private ScopeRequest Decided(LedgerEvent entry)
    {
        var request = (entry.Request is null ? null : FindRequest(entry.Request)) ?? throw new InvalidOperationException("scope request " + entry.Request + " was never made");
        if (request.State != ScopeRequestState.Pending)
        {
            throw new InvalidOperationException("scope request " + request.Id + " is decided twice");
        }

        if (request.AssignmentId != entry.AssignmentId || string.Equals(request.Worker, entry.Worker, StringComparison.Ordinal))
        {
            throw new InvalidOperationException("scope request " + request.Id + " is decided for another assignment, or by its own worker");
        }

        var state = entry.Decision switch
        {
            "approved" => ScopeRequestState.Approved,
            "denied" => ScopeRequestState.Denied,
            _ => throw new InvalidOperationException("'" + entry.Decision + "' is not a decision (approved or denied)"),
        };
        return request with { State = state, DecidedBy = entry.Worker, DecidedAt = entry.At, DecisionReason = entry.Reason, OverrideForbidden = entry.OverrideForbidden == true };
    }

    private static void Owned(Assignment assignment, LedgerEvent entry)
    {
        if (!string.Equals(assignment.Worker, entry.Worker, StringComparison.Ordinal))
        {
            throw new InvalidOperationException("assignment " + assignment.Id + " of " + assignment.Worker + " has a " + entry.Type + " event by " + entry.Worker);
        }
    }

    private Assignment Existing(LedgerEvent entry, AssignmentState required)
    {
        var assignment = Find(entry.AssignmentId) ?? throw new InvalidOperationException("assignment " + entry.AssignmentId + " was never assigned");
        if (assignment.State != required || assignment.WorkItemId != entry.WorkItemId)
        {
            throw new InvalidOperationException("assignment " + entry.AssignmentId + " cannot be " + entry.Type + " from " + assignment.State);
        }

        return assignment;
    }
}
