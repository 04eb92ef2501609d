using System;
using System.Collections.Generic;

namespace Tamer.Spec.Host.Ledger;

/// <summary>
/// Where the events of the orchestrator are kept: a SQLite database (the default), a PostgreSQL
/// database several hosts share, or the older one-file ledger. The host replays every event at
/// start and appends one per acknowledged state change; <see cref="Append"/> returns only once the
/// event is durable. Event numbers run from 1 without gaps, and a number is taken once: a host
/// that appends the number another host took first hears <see cref="LedgerConflictException"/>,
/// catches up and decides again.
/// </summary>
internal interface ILedger : IDisposable
{
    /// <summary>What and where the ledger is, for messages (a database's password is never in it).</summary>
    string Description { get; }

    /// <summary>True when other hosts may append to the same ledger, so this one catches up before each change and follows it.</summary>
    bool IsShared { get; }

    /// <summary>The events numbered after <paramref name="sequence"/>, oldest first; throws <see cref="LedgerUnavailableException"/>.</summary>
    IReadOnlyList<LedgerEvent> ReadAfter(long sequence);

    /// <summary>
    /// Keeps <paramref name="entry"/> durably, or throws and keeps nothing the host knows of:
    /// <see cref="LedgerConflictException"/> when its number (or what it decides) was taken by
    /// another host, <see cref="LedgerUnavailableException"/> when the ledger cannot be written.
    /// </summary>
    void Append(LedgerEvent entry);
}
