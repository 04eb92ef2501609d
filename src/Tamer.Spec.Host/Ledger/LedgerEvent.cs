using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Tamer.Spec.Host.Ledger;

/// <summary>
/// One state change, as one event of the ledger. <see cref="Sequence"/> numbers the events from 1
/// without gaps. <see cref="Worker"/> is the token that made the change: the assignment's worker
/// for its own steps, the lead for a decision on a scope request. The other fields belong to some
/// types only and are left out of the JSON when unset: <see cref="ChangedFiles"/> to submissions
/// (and refused ones, with their <see cref="Diagnostics"/>);
/// <see cref="Request"/> (the request's id), <see cref="Paths"/>, <see cref="Access"/> and
/// <see cref="Reason"/> to scope requests; <see cref="Request"/>, <see cref="Decision"/>,
/// <see cref="Reason"/> and <see cref="OverrideForbidden"/> to decisions; <see cref="Decision"/> and
/// <see cref="Reason"/> to reviews; <see cref="Diagnostics"/> and <see cref="Reason"/> to refusals;
/// <see cref="BlockedWorker"/> and <see cref="Reason"/> to a lifted block, whose assignment and
/// Work Item are empty. A new kind of event adds
/// its type and, where it needs them, new optional fields: the file line and the database row
/// (whose <c>subject_id</c> column holds what <see cref="Subject"/> gives) keep their shape.
/// </summary>
internal sealed record LedgerEvent(
    [property: JsonPropertyName("seq")] long Sequence,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("at")] DateTimeOffset At,
    [property: JsonPropertyName("assignment")] string AssignmentId,
    [property: JsonPropertyName("workItem")] string WorkItemId,
    [property: JsonPropertyName("worker")] string Worker,
    [property: JsonPropertyName("changedFiles"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? ChangedFiles = null)
{
    /// <summary>A worker took the Work Item: it is in progress.</summary>
    public const string Assigned = "assigned";

    /// <summary>The worker's change stayed inside the scope: the Work Item is in review.</summary>
    public const string Submitted = "submitted";

    /// <summary>The Work Item is done.</summary>
    public const string Completed = "completed";

    /// <summary>The assignment's worker asked for more scope.</summary>
    public const string ScopeRequested = "scope-requested";

    /// <summary>A lead approved or denied a scope request.</summary>
    public const string ScopeDecided = "scope-decided";

    /// <summary>The worker's change left the scope and was refused: the assignment stays in progress.</summary>
    public const string DriftRefused = "drift-refused";

    /// <summary>The change stayed in scope, but its test runs did not prove every criterion: the assignment stays in progress.</summary>
    public const string EvidenceRefused = "evidence-refused";

    /// <summary>Another token reviewed the assignment in review: approved (done) or rejected (back in progress).</summary>
    public const string Reviewed = "reviewed";

    /// <summary>A lead lifted the block of a worker (<see cref="BlockedWorker"/>) refused too often in a row.</summary>
    public const string WorkerUnblocked = "worker-unblocked";

    /// <summary>A review's <see cref="Decision"/> that makes the assignment done (also a scope decision's approval).</summary>
    public const string Approved = "approved";

    /// <summary>A review's <see cref="Decision"/> that sends the assignment back in progress.</summary>
    public const string Rejected = "rejected";

    /// <summary>The scope request the event is about.</summary>
    [JsonPropertyName("request")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Request { get; init; }

    /// <summary>The paths a scope request asks for, as the worker wrote them.</summary>
    [JsonPropertyName("paths")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? Paths { get; init; }

    /// <summary>What a scope request asks for the paths: <c>write</c> or <c>read_only</c>.</summary>
    [JsonPropertyName("access")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Access { get; init; }

    /// <summary>Why: the worker's for a request, the lead's for a decision.</summary>
    [JsonPropertyName("reason")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Reason { get; init; }

    /// <summary>A decision's outcome: <c>approved</c> or <c>denied</c> for a scope request, <c>approved</c> or <c>rejected</c> for a review.</summary>
    [JsonPropertyName("decision")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Decision { get; init; }

    /// <summary>True on an approval that grants paths the Work Item forbids.</summary>
    [JsonPropertyName("overrideForbidden")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? OverrideForbidden { get; init; }

    /// <summary>The worker whose block a lead lifted.</summary>
    [JsonPropertyName("blockedWorker")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? BlockedWorker { get; init; }

    /// <summary>The IDs of the errors that refused a change (TMR1101–TMR1103, TMR6004, TMR6005), each once, sorted.</summary>
    [JsonPropertyName("diagnostics")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? Diagnostics { get; init; }

    /// <summary>What the event is about beside its assignment (a scope request's id, an unblocked worker), as the database's <c>subject_id</c> keeps it.</summary>
    [JsonIgnore]
    public string? Subject => Request ?? BlockedWorker;
}
