using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using Tamer.Spec.Host.Assignments;
using Tamer.Spec.Model;

namespace Tamer.Spec.Host.Contracts;

/// <summary>An assignment as the API shows it.</summary>
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
