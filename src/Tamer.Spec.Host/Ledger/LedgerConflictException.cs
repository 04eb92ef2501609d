using System;

namespace Tamer.Spec.Host.Ledger;

/// <summary>
/// The database refused an event because another host got there first: its number is taken, or
/// a unique constraint (one assignment per Work Item, one decision per request) already holds a
/// row. Nothing was written; the host catches up and decides again.
/// </summary>
internal sealed class LedgerConflictException : Exception
{
    public LedgerConflictException(string message)
        : base(message)
    {
    }

    public LedgerConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public LedgerConflictException()
        : this("another host wrote first")
    {
    }
}
