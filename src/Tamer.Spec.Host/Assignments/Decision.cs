using System;
using Tamer.Spec.Host.Ledger;

namespace Tamer.Spec.Host.Assignments;

/// <summary>
/// What a state change decided against the state it saw: an answer with nothing to record, or an
/// event to record and the answer to give once it is recorded (from the state after it).
/// </summary>
internal sealed record Decision(GateOutcome? Answer, LedgerEvent? Event, Func<AssignmentBook, GateOutcome>? Accepted)
{
    public static Decision Answering(GateOutcome answer) => new(answer, null, null);

    public static Decision Recording(LedgerEvent entry, Func<AssignmentBook, GateOutcome> accepted) => new(null, entry, accepted);
}
