using System;
using System.Collections.Generic;
using Tamer.Spec.Model;

namespace Tamer.Spec.Host.Assignments;

/// <summary>One worker's assignment to one Work Item, as the ledger's events made it.</summary>
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
    /// <summary>The Work Item status this assignment gives its Work Item.</summary>
    public WorkItemStatus Status => State switch
    {
        AssignmentState.InProgress => WorkItemStatus.InProgress,
        AssignmentState.Review => WorkItemStatus.Review,
        _ => WorkItemStatus.Done,
    };
}
