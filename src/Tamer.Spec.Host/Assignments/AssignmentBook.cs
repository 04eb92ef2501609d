using System;
using System.Collections.Immutable;
using Tamer.Spec.Host.Ledger;

namespace Tamer.Spec.Host.Assignments;

/// <summary>
/// Every assignment, rebuilt from the ledger's events. Immutable: <see cref="Apply"/> gives a new
/// book, so readers never see half a change. An event that does not follow from the book (an
/// unknown assignment, a step out of order) is refused with the reason.
/// </summary>
internal sealed class AssignmentBook
{
    public static readonly AssignmentBook Empty = new(ImmutableDictionary<string, Assignment>.Empty, ImmutableDictionary<string, Assignment>.Empty, 0);

    private readonly ImmutableDictionary<string, Assignment> _byId;
    private readonly ImmutableDictionary<string, Assignment> _latestByWorkItem;

    private AssignmentBook(ImmutableDictionary<string, Assignment> byId, ImmutableDictionary<string, Assignment> latestByWorkItem, long lastSequence)
    {
        _byId = byId;
        _latestByWorkItem = latestByWorkItem;
        LastSequence = lastSequence;
    }

    /// <summary>The number of the last event applied (0 for none).</summary>
    public long LastSequence { get; }

    /// <summary>How many assignments there are.</summary>
    public int Count => _byId.Count;

    public Assignment? Find(string assignmentId) => _byId.GetValueOrDefault(assignmentId);

    /// <summary>The Work Item's most recent assignment, or null when it never had one.</summary>
    public Assignment? LatestFor(string workItemId) => _latestByWorkItem.GetValueOrDefault(workItemId);

    /// <summary>The book after <paramref name="entry"/>; throws <see cref="InvalidOperationException"/> when the event does not follow.</summary>
    public AssignmentBook Apply(LedgerEvent entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
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
            default:
                throw new InvalidOperationException("'" + entry.Type + "' is not an event type");
        }

        return new AssignmentBook(_byId.SetItem(next.Id, next), _latestByWorkItem.SetItem(next.WorkItemId, next), entry.Sequence);
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
