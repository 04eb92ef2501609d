using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using Tamer.Spec.Host.Assignments;
using Tamer.Spec.Model;

namespace Tamer.Spec.Host.Contracts;

/// <summary>
/// An assignment as the API shows it. <see cref="Scope"/> (the Work Item file's scope) and
/// <see cref="Grants"/> (the approved scope requests that widen it for the drift check) are set
/// where one assignment is shown on its own (<c>GET /v1/assignments/{id}</c>), and left out elsewhere.
/// </summary>
internal sealed record AssignmentView(
    string Id,
    string WorkItemId,
    string Worker,
    string Status,
    DateTimeOffset AssignedAt,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DateTimeOffset? SubmittedAt,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DateTimeOffset? CompletedAt,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? ChangedFiles)
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ScopeView? Scope { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<GrantView>? Grants { get; init; }

    public static AssignmentView From(Assignment assignment) => new(
        assignment.Id,
        assignment.WorkItemId,
        assignment.Worker,
        WorkItemFormat.ToValue(assignment.Status),
        assignment.AssignedAt,
        assignment.SubmittedAt,
        assignment.CompletedAt,
        assignment.ChangedFiles);
}

/// <summary>The answer to a submission or a completion: the assignment as it now stands and what the drift check said.</summary>
internal sealed record AssignmentResult(AssignmentView Assignment, IReadOnlyList<DiagnosticItem> Diagnostics);

/// <summary>
/// A worker's change: either the changed paths (relative to the repository root) or a git range
/// of the host's repository (<c>base</c>, and <c>head</c>; without it, the working tree).
/// </summary>
internal sealed record SubmissionRequest(IReadOnlyList<string>? ChangedFiles, string? Base, string? Head);

/// <summary>The answer to <c>POST /v1/work-items/lint</c>: the posted Work Item's diagnostics against the workspace.</summary>
internal sealed record LintReport(string Path, string? Id, bool Refused, IReadOnlyList<string> Refusal, IReadOnlyList<DiagnosticItem> Diagnostics);
