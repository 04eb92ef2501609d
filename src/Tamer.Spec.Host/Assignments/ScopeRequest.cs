using System;
using System.Collections.Generic;
using System.Linq;
using Tamer.Spec.Paths;

namespace Tamer.Spec.Host.Assignments;

/// <summary>Where a scope request stands.</summary>
internal enum ScopeRequestState
{
    /// <summary>Waiting for a lead.</summary>
    Pending,

    /// <summary>A lead granted it: the paths widen the assignment's scope for the drift check.</summary>
    Approved,

    /// <summary>A lead refused it.</summary>
    Denied,
}

/// <summary>
/// A worker's request for more scope on one assignment, and the lead's decision once there is one,
/// as the ledger's events made it. The Work Item file is never changed: an approved request with
/// <c>write</c> access widens the assignment's scope for the drift check only, and a path the Work
/// Item forbids only when the decision said <see cref="OverrideForbidden"/>.
/// </summary>
internal sealed record ScopeRequest(
    string Id,
    long Sequence,
    string AssignmentId,
    string WorkItemId,
    string Worker,
    IReadOnlyList<string> Paths,
    string Access,
    string Reason,
    DateTimeOffset RequestedAt)
{
    /// <summary>Access that widens the write scope.</summary>
    public const string WriteAccess = "write";

    /// <summary>Access to read a path; the drift check, which judges changes, is not widened by it.</summary>
    public const string ReadOnlyAccess = "read_only";

    private IReadOnlyList<PathPattern>? _patterns;

    public ScopeRequestState State { get; init; }

    public string? DecidedBy { get; init; }

    public DateTimeOffset? DecidedAt { get; init; }

    public string? DecisionReason { get; init; }

    public bool OverrideForbidden { get; init; }

    /// <summary>The paths as patterns.</summary>
    public IReadOnlyList<PathPattern> Patterns => _patterns ??= Paths.Select(PathPattern.Parse).ToList();

    /// <summary>True when an approved write grant of this request lets the changed <paramref name="path"/> through.</summary>
    public bool Grants(string path, bool forbidden) =>
        State == ScopeRequestState.Approved && Access == WriteAccess && (!forbidden || OverrideForbidden) && Covers(path);

    /// <summary>True when one of the paths matches the repository-relative <paramref name="path"/>.</summary>
    public bool Covers(string path) => Patterns.Any(p => p.IsValid && p.Matches(path));

    /// <summary>The state a name stands for, or null.</summary>
    public static ScopeRequestState? StateNamed(string name) =>
        Enum.GetValues<ScopeRequestState>().Cast<ScopeRequestState?>().FirstOrDefault(s => NameOf(s!.Value) == name);

    /// <summary>The state's name in the API: <c>pending</c>, <c>approved</c>, <c>denied</c>.</summary>
    public static string NameOf(ScopeRequestState state) => state switch
    {
        ScopeRequestState.Approved => "approved",
        ScopeRequestState.Denied => "denied",
        _ => "pending",
    };
}
