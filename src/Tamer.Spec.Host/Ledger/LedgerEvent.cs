using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Tamer.Spec.Host.Ledger;

/// <summary>
/// One state change of an assignment, as one line of the ledger. <see cref="Sequence"/> numbers the
/// events from 1 without gaps; <see cref="ChangedFiles"/> is set on submissions only.
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
}
