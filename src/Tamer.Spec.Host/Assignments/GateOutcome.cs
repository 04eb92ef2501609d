using System.Collections.Generic;
using Tamer.Spec.Diagnostics;

namespace Tamer.Spec.Host.Assignments;

/// <summary>What the orchestrator answers to a state change, before HTTP gives it a status code.</summary>
internal enum OutcomeKind
{
    /// <summary>Done; the state changed (or, for a new assignment, was created).</summary>
    Accepted,

    /// <summary>No such Work Item or assignment.</summary>
    NotFound,

    /// <summary>The assignment is another worker's.</summary>
    Forbidden,

    /// <summary>The current state does not allow the step.</summary>
    Conflict,

    /// <summary>The gate refused: <see cref="GateOutcome.Diagnostics"/> says why.</summary>
    Refused,

    /// <summary>Something the decision needs could not be read; nothing changed and the request may be sent again.</summary>
    Unavailable,
}

/// <summary>
/// The answer: its kind, the assignment as it now stands, a one-line reason, and the diagnostics
/// behind it; for a scope request or decision, the request; for a drift refusal, each path outside
/// the scope; for an evidence refusal, the unproven criteria; for a lifted block, the worker's record.
/// </summary>
internal sealed record GateOutcome(OutcomeKind Kind, Assignment? Assignment, string? Detail, IReadOnlyList<Diagnostic> Diagnostics)
{
    public ScopeRequest? Request { get; init; }

    /// <summary>The problem's title when it is not the kind's usual one.</summary>
    public string? Title { get; init; }

    public IReadOnlyList<OutsidePath> Outside { get; init; } = [];

    /// <summary>For an evidence refusal, the errors about criteria the test runs did not prove (TMR6004, TMR6005).</summary>
    public IReadOnlyList<Diagnostic> Unproven { get; init; } = [];

    /// <summary>For a change about a worker (a lifted block), its record as it now stands.</summary>
    public WorkerRecord? Worker { get; init; }

    public static GateOutcome Accepted(Assignment assignment, IReadOnlyList<Diagnostic>? diagnostics = null) => new(OutcomeKind.Accepted, assignment, null, diagnostics ?? []);

    public static GateOutcome Failed(OutcomeKind kind, string detail, Assignment? assignment = null) => new(kind, assignment, detail, []);

    public static GateOutcome Refused(string detail, IReadOnlyList<Diagnostic> diagnostics, Assignment? assignment = null) => new(OutcomeKind.Refused, assignment, detail, diagnostics);
}
