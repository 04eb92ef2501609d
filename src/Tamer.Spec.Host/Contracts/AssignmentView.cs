using System;
using System.Collections.Generic;
using System.Linq;
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

    /// <summary>
    /// The registry invariants that govern the Work Item's write paths and the rejected designs it
    /// resembles (shown with a new assignment and with one assignment on its own).
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public MemoryView? Memory { get; init; }

    /// <summary>Every step of the assignment, oldest first (shown with one assignment on its own, and with a review's answer).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<StepView>? History { get; init; }

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

/// <summary>One step of an assignment: its type, when, by whom, a review's decision, the reason.</summary>
internal sealed record StepView(
    string Type,
    DateTimeOffset At,
    string By,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Decision,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Reason)
{
    public static IReadOnlyList<StepView> Of(Assignment assignment) =>
        assignment.History.Select(s => new StepView(s.Type, s.At, s.By, s.Decision, s.Reason)).ToList();
}

/// <summary>The answer to a submission or a completion: the assignment as it now stands and what the drift check said.</summary>
internal sealed record AssignmentResult(AssignmentView Assignment, IReadOnlyList<DiagnosticItem> Diagnostics);

/// <summary>
/// A worker's change: either the changed paths (relative to the repository root) or a git range
/// of the host's repository (<c>base</c>, and <c>head</c>; without it, the working tree); and,
/// optionally, the test runs that prove its Work Item's criteria (TRX or JUnit XML, as text).
/// </summary>
internal sealed record SubmissionRequest(IReadOnlyList<string>? ChangedFiles, string? Base, string? Head, IReadOnlyList<SubmittedTestRun>? TestRuns = null);

/// <summary>One test run file of a submission: its name (shown in messages) and its content.</summary>
internal sealed record SubmittedTestRun(string? Name, string? Content);

/// <summary>A review of an assignment in review: <c>approve</c> or <c>reject</c>, and why.</summary>
internal sealed record ReviewRequest(string? Decision, string? Reason);

/// <summary>A lead lifting a worker's block, and why.</summary>
internal sealed record UnblockRequest(string? Reason);

/// <summary>The answer to <c>POST /v1/work-items/lint</c>: the posted Work Item's diagnostics against the workspace.</summary>
internal sealed record LintReport(string Path, string? Id, bool Refused, IReadOnlyList<string> Refusal, IReadOnlyList<DiagnosticItem> Diagnostics);
