using System;
using System.IO;
using System.Linq;
using Microsoft.Extensions.Logging;

namespace Tamer.Spec.Host.Ledger;

/// <summary>
/// <c>tamer-host migrate</c>: copies the file ledger under <c>--data</c> into the database the host
/// would use (<c>--ledger</c>, by default <c>ledger.db</c> under <c>--data</c>), exactly once. The
/// file is checked as a host start checks it; the events the database already holds must be the
/// file's first ones (then only the rest is copied, in one transaction, so running it twice
/// changes nothing); afterwards the two are compared by count and SHA-256. The file is kept.
/// </summary>
internal static class LedgerMigration
{
    /// <summary>Copies and verifies; the line to print. Anything that stops it is a <see cref="HostStartException"/> saying what, in one line.</summary>
    public static string Run(string? dataFolder, LedgerLocation target, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (dataFolder is null)
        {
            throw new HostStartException("migrate copies the file ledger under --data: pass --data DIR");
        }

        if (target.Kind == LedgerKind.File)
        {
            throw new HostStartException("migrate copies the file ledger into a database: pass --ledger sqlite:PATH or --ledger postgres:CONNECTION-STRING, or neither for " + LedgerLocation.DefaultDatabaseName + " under --data");
        }

        var source = Path.Combine(dataFolder, FileLedger.FileName);
        if (!File.Exists(source))
        {
            throw new HostStartException("there is no file ledger to copy: " + source + " does not exist");
        }

        using var file = FileLedger.Open(dataFolder, logger);
        var events = file.ReadAfter(0);
        LedgerReplay.Replay(events, source + ": line ");
        var expected = LedgerDigest.Of(events);

        using var database = target.Kind == LedgerKind.Sqlite ? target.OpenSqlite(logger) : SqlLedger.Open(new PostgresDialect(target.Target), null, logger);
        try
        {
            var held = database.ReadAfter(0);
            if (held.Count > events.Count)
            {
                throw new HostStartException(target.Description + " holds " + held.Count + " events, more than the " + events.Count + " of " + source + ": it is not a copy of this file; nothing copied");
            }

            for (var i = 0; i < held.Count; i++)
            {
                if (!LedgerDigest.Line(held[i]).AsSpan().SequenceEqual(LedgerDigest.Line(events[i])))
                {
                    throw new HostStartException("event " + held[i].Sequence + " of " + target.Description + " differs from line " + (i + 1) + " of " + source + ": the database holds other events; nothing copied");
                }
            }

            var missing = events.Count - held.Count;
            if (missing > 0)
            {
                database.AppendAll(events.Skip(held.Count).ToList());
            }

            var copied = LedgerDigest.Of(database.ReadAfter(0));
            if (copied != expected)
            {
                throw new HostStartException("after copying, " + target.Description + " holds " + copied + " but " + source + " holds " + expected);
            }

            return (missing == 0 ? "nothing to copy" : "copied " + missing + (missing == 1 ? " event" : " events")) + " from " + source + " into " + target.Description + "; both hold " + expected;
        }
        catch (Exception exception) when (exception is LedgerUnavailableException or LedgerConflictException)
        {
            throw new HostStartException(exception.Message, exception);
        }
    }
}
