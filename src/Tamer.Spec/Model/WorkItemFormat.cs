using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace Tamer.Spec.Model;

/// <summary>The keys and values of the Work Item format (spec format 2).</summary>
public static class WorkItemFormat
{
    /// <summary>Keys the gate reads.</summary>
    public static IReadOnlyList<string> GateKeys { get; } = new[]
    {
        "id", "title", "status", "scope", "acceptance_criteria", "invariants", "depends_on",
        "non_goals", "accepted_failures", "estimate", "suppress", "acknowledges",
    };

    /// <summary>Project-management keys the gate knows and ignores on purpose.</summary>
    public static IReadOnlyList<string> MetadataKeys { get; } = new[] { "owner", "priority", "deadline", "labels" };

    /// <summary>Keys of the format-2 <c>scope</c> mapping.</summary>
    public static IReadOnlyList<string> ScopeKeys { get; } = new[] { "write", "read_only", "forbidden", "extend_scope" };

    /// <summary>The key of the legacy <c>scope: { paths: [...] }</c> shape.</summary>
    public const string LegacyScopePathsKey = "paths";

    /// <summary>Keys of a criterion written as a map.</summary>
    public static IReadOnlyList<string> CriterionKeys { get; } = new[] { "id", "text", "verify", "manual" };

    /// <summary>Keys of an invariant written as a map.</summary>
    public static IReadOnlyList<string> InvariantKeys { get; } = new[] { "id", "statement", "consequence" };

    /// <summary>Keys of <c>estimate</c>.</summary>
    public static IReadOnlyList<string> EstimateKeys { get; } = new[] { "diff_lines", "files" };

    /// <summary>The <c>status</c> values, in workflow order.</summary>
    public static IReadOnlyList<string> StatusValues { get; } = new[] { "draft", "ready", "in_progress", "review", "done", "blocked" };

    /// <summary>The body heading that holds acceptance criteria.</summary>
    public const string AcceptanceCriteriaHeading = "Acceptance criteria";

    /// <summary>The body heading that holds non-goals.</summary>
    public const string NonGoalsHeading = "Non-goals";

    private static readonly Regex IdShape = new("^[A-Z0-9]+(?:-[A-Z0-9]+)+$", RegexOptions.CultureInvariant);

    /// <summary>
    /// True when <paramref name="id"/> has the Work Item id shape: upper-case letters and digits in
    /// at least two groups joined by <c>-</c> (<c>WI-0042</c>, <c>WI-AUTH-IMPL</c>).
    /// </summary>
    public static bool IsWellFormedId(string id) => id is not null && IdShape.IsMatch(id);

    /// <summary>Reads a <c>status</c> value; <see cref="WorkItemStatus.Unknown"/> when it is not one of <see cref="StatusValues"/>.</summary>
    public static WorkItemStatus ParseStatus(string value) => value switch
    {
        "draft" => WorkItemStatus.Draft,
        "ready" => WorkItemStatus.Ready,
        "in_progress" => WorkItemStatus.InProgress,
        "review" => WorkItemStatus.Review,
        "done" => WorkItemStatus.Done,
        "blocked" => WorkItemStatus.Blocked,
        _ => WorkItemStatus.Unknown,
    };

    /// <summary>The value written in a file for a status.</summary>
    public static string ToValue(WorkItemStatus status) => status switch
    {
        WorkItemStatus.Draft => "draft",
        WorkItemStatus.Ready => "ready",
        WorkItemStatus.InProgress => "in_progress",
        WorkItemStatus.Review => "review",
        WorkItemStatus.Done => "done",
        WorkItemStatus.Blocked => "blocked",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };
}
