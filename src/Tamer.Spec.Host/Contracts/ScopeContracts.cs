using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Serialization;
using Tamer.Spec.Host.Assignments;
using Tamer.Spec.Model;
using Tamer.Spec.Paths;

namespace Tamer.Spec.Host.Contracts;

/// <summary>The body of <c>POST /v1/assignments/{id}/scope-requests</c>: the paths (repository-relative; globs allowed), <c>write</c> (default) or <c>read_only</c>, and why.</summary>
internal sealed record ScopeRequestBody(IReadOnlyList<string>? Paths, string? Access, string? Reason);

/// <summary>The body of <c>POST /v1/scope-requests/{id}/decision</c>.</summary>
internal sealed record ScopeDecisionBody(
    string? Decision,
    string? Reason,
    [property: JsonPropertyName("override_forbidden")] bool? OverrideForbidden);

/// <summary>A scope request as the API shows it, with its decision once there is one.</summary>
internal sealed record ScopeRequestView(
    string Id,
    string State,
    string AssignmentId,
    string WorkItemId,
    IReadOnlyList<string> Paths,
    string Access,
    string Reason,
    string Worker,
    DateTimeOffset RequestedAt,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? DecidedBy,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DateTimeOffset? DecidedAt,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? DecisionReason,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] bool? OverrideForbidden,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? StillForbidden)
{
    /// <param name="request">The request.</param>
    /// <param name="scope">The Work Item's scope as its file declares it, when the file is there: an approval without <c>override_forbidden</c> lists the requested paths it forbids.</param>
    public static ScopeRequestView From(ScopeRequest request, ScopeDeclaration? scope)
    {
        ArgumentNullException.ThrowIfNull(request);
        var stillForbidden = request is { State: ScopeRequestState.Approved, OverrideForbidden: false } && scope?.Forbidden is { } forbidden
            ? request.Paths.Where(p => PathPattern.Parse(p) is { IsValid: true } pattern && forbidden.Entries.Any(e => e.Pattern.IsValid && e.Pattern.Overlaps(pattern))).ToList()
            : null;
        return new ScopeRequestView(
            request.Id,
            ScopeRequest.NameOf(request.State),
            request.AssignmentId,
            request.WorkItemId,
            request.Paths,
            request.Access,
            request.Reason,
            request.Worker,
            request.RequestedAt,
            request.DecidedBy,
            request.DecidedAt,
            request.DecisionReason,
            request.State == ScopeRequestState.Approved ? request.OverrideForbidden : null,
            stillForbidden is { Count: > 0 } ? stillForbidden : null);
    }
}

/// <summary>The Work Item file's scope, as written there.</summary>
internal sealed record ScopeView(IReadOnlyList<string> Write, IReadOnlyList<string> ReadOnly, IReadOnlyList<string> Forbidden)
{
    public static ScopeView From(ScopeDeclaration scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return new ScopeView(
            scope.WritablePaths.Select(e => e.Text).ToList(),
            (scope.ReadOnly?.Entries ?? []).Select(e => e.Text).ToList(),
            (scope.Forbidden?.Entries ?? []).Select(e => e.Text).ToList());
    }
}

/// <summary>An approved scope request, as it widens an assignment's scope.</summary>
internal sealed record GrantView(string Request, IReadOnlyList<string> Paths, string Access, bool OverrideForbidden, string DecidedBy, DateTimeOffset DecidedAt, string Reason)
{
    public static GrantView From(ScopeRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new GrantView(request.Id, request.Paths, request.Access, request.OverrideForbidden, request.DecidedBy!, request.DecidedAt!.Value, request.DecisionReason!);
    }
}

/// <summary>
/// In a drift refusal, one changed path outside the scope and what to do about it: revert it
/// (<see cref="Restore"/>, when the submission named a base: <c>git restore</c> from the base, or
/// <c>rm</c> for a file git does not track) or ask for it (<see cref="Request"/>,
/// the scope-request URL; a path the Work Item forbids needs a lead's <c>override_forbidden</c>);
/// <see cref="PendingRequest"/> names a pending request that already covers it.
/// </summary>
internal sealed record DriftRemedy(
    string Path,
    IReadOnlyList<string> Diagnostics,
    bool Forbidden,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Restore,
    string Request,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? PendingRequest)
{
    /// <param name="outside">The path and what the drift check said.</param>
    /// <param name="assignmentId">The assignment.</param>
    /// <param name="baseRevision">The submission's base, or null.</param>
    /// <param name="untracked">True for a file git does not track (a working-tree submission's new file): it is reverted by removing it.</param>
    public static DriftRemedy From(OutsidePath outside, string assignmentId, string? baseRevision, bool untracked = false)
    {
        ArgumentNullException.ThrowIfNull(outside);
        return new DriftRemedy(
            outside.Path,
            outside.Diagnostics.Select(d => d.Id).Distinct().ToList(),
            outside.Forbidden,
            baseRevision is null ? null : untracked ? "rm -- " + ShellWord(outside.Path) : "git restore --source=" + ShellWord(baseRevision) + " -- " + ShellWord(outside.Path),
            "/v1/assignments/" + assignmentId + "/scope-requests",
            outside.Pending?.Id);
    }

    // A word a POSIX shell reads back as itself: as it is when it holds only safe characters, else in single quotes.
    private static string ShellWord(string text) =>
        text.Length > 0 && text.All(c => char.IsAsciiLetterOrDigit(c) || "-_./@%+=:,^~".Contains(c, StringComparison.Ordinal))
            ? text
            : "'" + text.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
