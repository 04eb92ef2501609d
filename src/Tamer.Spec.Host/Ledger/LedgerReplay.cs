using System;
using System.Collections.Generic;
using Tamer.Spec.Host.Assignments;

namespace Tamer.Spec.Host.Ledger;

/// <summary>The state a ledger's events make, rebuilt at start (and by <c>migrate</c>, to check a file before copying it).</summary>
internal static class LedgerReplay
{
    /// <summary>Every event of <paramref name="ledger"/> applied in order; an event that does not follow, or a ledger that cannot be read, is a <see cref="HostStartException"/>.</summary>
    public static AssignmentBook Replay(ILedger ledger)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        IReadOnlyList<LedgerEvent> events;
        try
        {
            events = ledger.ReadAfter(0);
        }
        catch (LedgerUnavailableException exception)
        {
            throw new HostStartException(exception.Message, exception);
        }

        return Replay(events, ledger is FileLedger ? "ledger line " : ledger.Description + ": event ");
    }

    /// <summary>The events applied in order; <paramref name="place"/> starts the message that names an event that does not follow.</summary>
    public static AssignmentBook Replay(IReadOnlyList<LedgerEvent> events, string place)
    {
        ArgumentNullException.ThrowIfNull(events);
        var book = AssignmentBook.Empty;
        for (var i = 0; i < events.Count; i++)
        {
            try
            {
                book = book.Apply(events[i]);
            }
            catch (InvalidOperationException exception)
            {
                throw new HostStartException(place + (i + 1) + ": " + exception.Message + "; the host will not guess what the ledger meant", exception);
            }
        }

        return book;
    }
}
