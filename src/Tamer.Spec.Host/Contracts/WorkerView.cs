using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Serialization;
using Tamer.Spec.Host.Assignments;

namespace Tamer.Spec.Host.Contracts;

/// <summary>
/// <c>GET /v1/workers/{name}</c>: what the ledger knows of one worker — assignments taken,
/// submissions accepted and refused (for drift, for unproven criteria), reviews of its work
/// rejected, assignments done, whether it is blocked, and its last reasons, newest last.
/// </summary>
internal sealed record WorkerView(
    string Name,
    int Assigned,
    int Submitted,
    int RefusedForDrift,
    int RefusedForUnprovenCriteria,
    int ReviewsRejected,
    int Completed,
    int UnprovenInARow,
    bool Blocked,
    int BlockAfter,
    IReadOnlyList<ReasonView> LastReasons)
{
    public static WorkerView From(WorkerRecord record, int blockAfter) => new(
        record.Name,
        record.Assigned,
        record.Submitted,
        record.RefusedForDrift,
        record.RefusedForUnprovenCriteria,
        record.ReviewsRejected,
        record.Completed,
        record.UnprovenInARow,
        record.IsBlocked(blockAfter),
        blockAfter,
        record.LastReasons.Select(r => new ReasonView(r.At, r.Type, r.AssignmentId, r.WorkItemId, r.By, r.Reason)).ToList());
}

/// <summary>One reason a worker was given.</summary>
internal sealed record ReasonView(
    DateTimeOffset At,
    string Type,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Assignment,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? WorkItem,
    string By,
    string Reason);

/// <summary>One criterion a submission's test runs did not prove: its id, the diagnostic and its message.</summary>
internal sealed record UnprovenView(string Criterion, string Diagnostic, string Message);
