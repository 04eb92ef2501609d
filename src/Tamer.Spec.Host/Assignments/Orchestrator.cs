using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Tamer.Spec.Diagnostics;
using Tamer.Spec.Engine;
using Tamer.Spec.Host.Ledger;
using Tamer.Spec.Host.WorkItems;
using Tamer.Spec.Model;
using Tamer.Spec.Parsing;
using Tamer.Spec.Rules.Scope;

namespace Tamer.Spec.Host.Assignments;

/// <summary>
/// The orchestrator's state changes: assign (the gate), submit (the drift check) and complete. Each
/// runs alone (one at a time), decides against the current workspace and the ledger, writes its
/// event to the ledger, and only then changes the in-memory state and answers. The checks are the
/// rule packs' own: the engine for the gate, <see cref="ScopeDrift"/> for submissions.
/// </summary>
internal sealed partial class Orchestrator : IDisposable
{
    private readonly WorkItemSource _source;
    private readonly ILedger _ledger;
    private readonly LintEngine _engine;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _changes = new(1, 1);
    private readonly Lock _refresh = new();
    private AssignmentBook _book;
    private volatile GateView _view;
    private ConcurrentDictionary<(WorkItemDocument, WorkItemStatus), WorkItemDocument> _edited = new();

    public Orchestrator(WorkItemSource source, ILedger ledger, LintEngine engine, TimeProvider time, ILogger<Orchestrator> logger)
    {
        _source = source;
        _ledger = ledger;
        _engine = engine;
        _time = time;
        _logger = logger;
        _book = Replay(ledger.Events);
        _view = new GateView(source.Load(), _book, engine, _edited);
        LogStarted(_logger, _view.Files.Documents.Count, _view.Files.Root, _book.LastSequence, _book.Count);
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
    public async Task<GateOutcome> AssignAsync(string workItemId, string worker, CancellationToken cancellation)
    {
        await _changes.WaitAsync(cancellation).ConfigureAwait(false);
        try
        {
            var view = Current();
            if (view.Find(workItemId) is not { WorkItem: { } workItem } document)
            {
                return GateOutcome.Failed(OutcomeKind.NotFound, "no Work Item has the id '" + workItemId + "'");
            }

            if (Book.LatestFor(workItemId) is { } latest)
            {
                return GateOutcome.Failed(OutcomeKind.Conflict, latest.State == AssignmentState.Done
                    ? workItemId + " is done (assignment " + latest.Id + ")"
                    : workItemId + " is already assigned to " + latest.Worker + " (assignment " + latest.Id + ", " + WorkItemFormat.ToValue(latest.Status) + ")", latest);
            }

            var lint = view.Lint(document);
            if (lint.IsRefused)
            {
                return GateOutcome.Refused(workItemId + " is refused: " + Describe(lint.Gate.Refusals), lint.Diagnostics);
            }

            if (workItem.Status != WorkItemStatus.Ready)
            {
                return GateOutcome.Failed(OutcomeKind.Conflict, workItemId + " is " + StatusName(workItem.Status) + "; only a ready Work Item can be assigned");
            }

            var entry = new LedgerEvent(Book.LastSequence + 1, LedgerEvent.Assigned, _time.GetUtcNow(), "A" + Guid.NewGuid().ToString("N"), workItemId, worker);
            var assignment = Record(entry).Find(entry.AssignmentId)!;
            LogAssigned(_logger, workItemId, worker, assignment.Id);
            return GateOutcome.Accepted(assignment, lint.Diagnostics);
        }
        finally
        {
            _changes.Release();
        }
    }

    /// <summary>The drift check: a change inside the scope moves the assignment to review; one outside it is refused.</summary>
    public async Task<GateOutcome> SubmitAsync(string assignmentId, string worker, IReadOnlyList<string> changedFiles, CancellationToken cancellation)
    {
        await _changes.WaitAsync(cancellation).ConfigureAwait(false);
        try
        {
            if (Owned(assignmentId, worker, AssignmentState.InProgress, "submitted") is { } problem)
            {
                return problem;
            }

            var assignment = Book.Find(assignmentId)!;
            var view = Current();
            if (view.Find(assignment.WorkItemId) is not { WorkItem: not null } document)
            {
                return GateOutcome.Failed(OutcomeKind.Conflict, "no Work Item file declares " + assignment.WorkItemId + " any more", assignment);
            }

            var drift = ScopeDrift.Check(document, changedFiles, view.Files.Configuration);
            var gate = GateDecision.For(drift);
            if (gate.IsRefused)
            {
                return GateOutcome.Refused("the change leaves the scope of " + assignment.WorkItemId + ": " + Describe(gate.Refusals) + "; the assignment stays in progress", drift, assignment);
            }

            var entry = new LedgerEvent(Book.LastSequence + 1, LedgerEvent.Submitted, _time.GetUtcNow(), assignmentId, assignment.WorkItemId, worker, changedFiles);
            return GateOutcome.Accepted(Record(entry).Find(assignmentId)!, drift);
        }
        finally
        {
            _changes.Release();
        }
    }

    /// <summary>Completes an assignment in review: its Work Item is done, and its dependents may be assigned.</summary>
    public async Task<GateOutcome> CompleteAsync(string assignmentId, string worker, CancellationToken cancellation)
    {
        await _changes.WaitAsync(cancellation).ConfigureAwait(false);
        try
        {
            if (Owned(assignmentId, worker, AssignmentState.Review, "completed") is { } problem)
            {
                return problem;
            }

            var assignment = Book.Find(assignmentId)!;
            var entry = new LedgerEvent(Book.LastSequence + 1, LedgerEvent.Completed, _time.GetUtcNow(), assignmentId, assignment.WorkItemId, worker);
            return GateOutcome.Accepted(Record(entry).Find(assignmentId)!);
        }
        finally
        {
            _changes.Release();
        }
    }

    /// <summary>Why <paramref name="worker"/> cannot submit to the assignment now, or null: checked before the work of reading a git range.</summary>
    public GateOutcome? CheckSubmittable(string assignmentId, string worker) => Owned(assignmentId, worker, AssignmentState.InProgress, "submitted");

    public void Dispose() => _changes.Dispose();

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

    // The event is on the disk before the state changes; a failed write changes nothing.
    private AssignmentBook Record(LedgerEvent entry)
    {
        var next = Book.Apply(entry);
        _ledger.Append(entry);
        Volatile.Write(ref _book, next);
        return next;
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

    private static AssignmentBook Replay(IReadOnlyList<LedgerEvent> events)
    {
        var book = AssignmentBook.Empty;
        for (var i = 0; i < events.Count; i++)
        {
            try
            {
                book = book.Apply(events[i]);
            }
            catch (InvalidOperationException exception)
            {
                throw new HostStartException("ledger line " + (i + 1) + ": " + exception.Message + "; the host will not guess what the ledger meant", exception);
            }
        }

        return book;
    }

    private static string StatusName(WorkItemStatus status) => status == WorkItemStatus.Unknown ? "of an unknown status" : WorkItemFormat.ToValue(status);

    private static string Describe(IReadOnlyList<Diagnostic> refusals) =>
        refusals.Count + (refusals.Count == 1 ? " error" : " errors") + " (" + string.Join(", ", refusals.Select(d => d.Id).Distinct()) + ")";

    [LoggerMessage(Level = LogLevel.Information, Message = "{Count} Work Items read under {Root}; ledger at event {Sequence} with {Assignments} assignments")]
    private static partial void LogStarted(ILogger logger, int count, string root, long sequence, int assignments);

    [LoggerMessage(Level = LogLevel.Information, Message = "{WorkItem} assigned to {Worker} ({Assignment})")]
    private static partial void LogAssigned(ILogger logger, string workItem, string worker, string assignment);

    [LoggerMessage(Level = LogLevel.Information, Message = "Work Items changed on disk: {Count} read again")]
    private static partial void LogReloaded(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Work Items changed on disk but cannot be read again ({Reason}); the host keeps the last good reading")]
    private static partial void LogReloadFailed(ILogger logger, string reason);
}
