using System;
using System.Collections.Generic;
using System.Linq;
using Tamer.Spec.Host.Ledger;
using Tamer.Spec.Rules.Traceability;

namespace Tamer.Spec.Host.Assignments;

/// <summary>
/// What the ledger knows of one worker: assignments taken, submissions accepted, refused for drift
/// (a path outside the scope) and for unproven criteria (a test run that does not prove them),
/// reviews of its work rejected, the last reasons it was given, and how many submissions in a row
/// were refused for unproven criteria since the last accepted one or the last lifted block.
/// Immutable; <see cref="Apply"/> gives the record after one more event.
/// </summary>
internal sealed record WorkerRecord(string Name)
{
    /// <summary>How many reasons the record keeps, newest last.</summary>
    public const int ReasonsKept = 10;

    public int Assigned { get; init; }

    public int Submitted { get; init; }

    public int RefusedForDrift { get; init; }

    public int RefusedForUnprovenCriteria { get; init; }

    public int ReviewsRejected { get; init; }

    public int Completed { get; init; }

    /// <summary>Submissions refused for unproven criteria in a row, counted since the last accepted submission or lifted block.</summary>
    public int UnprovenInARow { get; init; }

    public IReadOnlyList<WorkerReason> LastReasons { get; init; } = [];

    /// <summary>True when the host should give the worker no new assignment: <paramref name="blockAfter"/> (above 0) refusals in a row.</summary>
    public bool IsBlocked(int blockAfter) => blockAfter > 0 && UnprovenInARow >= blockAfter;

    /// <summary>The record after <paramref name="entry"/>, an event about this worker's work (a review is about the reviewed worker's).</summary>
    public WorkerRecord Apply(LedgerEvent entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return entry.Type switch
        {
            LedgerEvent.Assigned => this with { Assigned = Assigned + 1 },
            LedgerEvent.Submitted => this with { Submitted = Submitted + 1, UnprovenInARow = 0 },
            LedgerEvent.DriftRefused => WithReason(entry) with
            {
                RefusedForDrift = RefusedForDrift + 1,
                RefusedForUnprovenCriteria = RefusedForUnprovenCriteria + (IsUnproven(entry) ? 1 : 0),
            },
            LedgerEvent.EvidenceRefused => WithReason(entry) with
            {
                RefusedForUnprovenCriteria = RefusedForUnprovenCriteria + 1,
                UnprovenInARow = UnprovenInARow + 1,
            },
            LedgerEvent.Reviewed when entry.Decision == LedgerEvent.Rejected => WithReason(entry) with { ReviewsRejected = ReviewsRejected + 1 },
            LedgerEvent.Reviewed or LedgerEvent.Completed when IsDone(entry) => this with { Completed = Completed + 1 },
            LedgerEvent.WorkerUnblocked => WithReason(entry) with { UnprovenInARow = 0 },
            _ => this,
        };
    }

    private static bool IsDone(LedgerEvent entry) => entry.Type == LedgerEvent.Completed || entry.Decision == LedgerEvent.Approved;

    private static bool IsUnproven(LedgerEvent entry) =>
        entry.Diagnostics?.Any(id => id == TraceabilityDiagnostics.UnprovenCriterion.Id || id == TraceabilityDiagnostics.FailingCriterion.Id) == true;

    private WorkerRecord WithReason(LedgerEvent entry)
    {
        var reason = new WorkerReason(entry.At, entry.Type, entry.AssignmentId.Length == 0 ? null : entry.AssignmentId, entry.WorkItemId.Length == 0 ? null : entry.WorkItemId, entry.Worker, entry.Reason ?? Describe(entry));
        return this with { LastReasons = [.. LastReasons.Skip(Math.Max(0, LastReasons.Count - ReasonsKept + 1)), reason] };
    }

    // Refusals written before they carried a reason still say which diagnostics refused them.
    private static string Describe(LedgerEvent entry) =>
        entry.Diagnostics is { Count: > 0 } ids ? "refused: " + string.Join(", ", ids) : entry.Type;
}

/// <summary>One reason a worker was given: when, by which event, for which assignment, by whom, and the text.</summary>
internal sealed record WorkerReason(DateTimeOffset At, string Type, string? AssignmentId, string? WorkItemId, string By, string Reason);
