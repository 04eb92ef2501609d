using System;
using System.Collections.Generic;

namespace Tamer.Spec.Host.Ledger;

/// <summary>
/// Where assignment events are kept. The host replays every event at start and appends one per
/// acknowledged state change; <see cref="Append"/> returns only once the event is durable. One
/// file today (<see cref="FileLedger"/>); a shared database can take its place behind this interface.
/// </summary>
internal interface ILedger : IDisposable
{
    /// <summary>Every event kept, oldest first.</summary>
    IReadOnlyList<LedgerEvent> Events { get; }

    /// <summary>Keeps <paramref name="entry"/> durably, or throws and keeps nothing.</summary>
    void Append(LedgerEvent entry);
}
