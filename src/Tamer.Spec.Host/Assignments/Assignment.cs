using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Tamer.Spec.Model;

namespace Tamer.Spec.Host.Assignments;

/// <summary>One worker's assignment to one Work Item, as the ledger's events made it, with every step it went through.</summary>
internal sealed record Assignment(
    string Id,
    string WorkItemId,
    string Worker,
    AssignmentState State,
    DateTimeOffset AssignedAt,
    DateTimeOffset? SubmittedAt = null,
    DateTimeOffset? CompletedAt = null,
    IReadOnlyList<string>? ChangedFiles = null)
{
    /// <summary>Every step, oldest first: assigned, submitted, refused, reviewed, completed.</summary>
    public ImmutableList<AssignmentStep> History { get; init; } = ImmutableList<AssignmentStep>.Empty;

    /// <summary>The Work Item status this assignment gives its Work Item.</summary>
    public WorkItemStatus Status => State switch
    {
        AssignmentState.InProgress => WorkItemStatus.InProgress,
        AssignmentState.Review => WorkItemStatus.Review,
        _ => WorkItemStatus.Done,
    };

    /// <summary>This assignment with one more step in its history.</summary>
    public Assignment With(AssignmentStep step) => this with { History = History.Add(step) };
}

/// <summary>One step of an assignment: the event's type, when, by whom, a review's decision, and the reason given or the refusal's.</summary>
internal sealed record AssignmentStep(string Type, DateTimeOffset At, string By, string? Decision = null, string? Reason = null);
