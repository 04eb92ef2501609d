using System;
using System.IO;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Tamer.Spec.Host.Ledger;

/// <summary>Which ledger a host uses.</summary>
internal enum LedgerKind
{
    /// <summary>A SQLite file: the default, one host.</summary>
    Sqlite,

    /// <summary>A PostgreSQL database several hosts share.</summary>
    Postgres,

    /// <summary>The older one-file ledger (<c>ledger.jsonl</c>), kept for one release.</summary>
    File,
}

/// <summary>
/// The <c>--ledger</c> setting: <c>sqlite:PATH</c> (default <c>ledger.db</c> under <c>--data</c>),
/// <c>postgres:CONNECTION</c> (an Npgsql connection string) or <c>file:</c> (<c>ledger.jsonl</c>
/// under <c>--data</c>, or under the folder named after the colon).
/// </summary>
internal sealed record LedgerLocation(LedgerKind Kind, string Target, bool IsDefault)
{
    /// <summary>The SQLite file under the data folder when <c>--ledger</c> names none.</summary>
    public const string DefaultDatabaseName = "ledger.db";

    public const string Usage = "--ledger takes sqlite:PATH, postgres:CONNECTION-STRING or file:";

    /// <summary>The setting's value read, or a <see cref="HostStartException"/> naming what is wrong.</summary>
    /// <param name="value">The setting; null or empty for the default.</param>
    /// <param name="dataFolder">The <c>--data</c> folder (full path), or null.</param>
    /// <param name="missingData">The message when the ledger needs the data folder and there is none.</param>
    public static LedgerLocation Parse(string? value, string? dataFolder, Func<string> missingData)
    {
        ArgumentNullException.ThrowIfNull(missingData);
        string Data() => dataFolder ?? throw new HostStartException(missingData());
        if (string.IsNullOrEmpty(value))
        {
            return new LedgerLocation(LedgerKind.Sqlite, Path.Combine(Data(), DefaultDatabaseName), IsDefault: true);
        }

        var colon = value.IndexOf(':', StringComparison.Ordinal);
        var scheme = colon < 0 ? value : value[..colon];
        var rest = colon < 0 ? string.Empty : value[(colon + 1)..].Trim();
        switch (scheme.ToLowerInvariant())
        {
            case "sqlite" when colon > 0:
                return new LedgerLocation(LedgerKind.Sqlite, rest.Length == 0 ? Path.Combine(Data(), DefaultDatabaseName) : Path.GetFullPath(rest), IsDefault: false);
            case "file" when colon > 0:
                return new LedgerLocation(LedgerKind.File, rest.Length == 0 ? Data() : Path.GetFullPath(rest), IsDefault: false);
            case "postgres" or "postgresql" when rest.Length > 0:
                try
                {
                    _ = new NpgsqlConnectionStringBuilder(rest);
                }
                catch (ArgumentException exception)
                {
                    throw new HostStartException("--ledger postgres: needs an Npgsql connection string such as 'Host=db;Database=tamer;Username=tamer' (" + exception.Message + ")", exception);
                }

                return new LedgerLocation(LedgerKind.Postgres, rest, IsDefault: false);
            default:
                throw new HostStartException(Usage + ", not '" + (scheme.Length > 40 ? scheme[..40] + "…" : scheme) + (colon < 0 ? string.Empty : ":…") + "'");
        }
    }

    /// <summary>What and where, for messages (a connection string shows its server, database and user only).</summary>
    public string Description => Kind switch
    {
        LedgerKind.Postgres => "postgres:" + PostgresDialect.Describe(new NpgsqlConnectionStringBuilder(Target)),
        LedgerKind.File => "file:" + Path.Combine(Target, FileLedger.FileName),
        _ => "sqlite:" + Target,
    };

    /// <summary>Opens the ledger: a <see cref="HostStartException"/> in one line when it cannot be used.</summary>
    public ILedger Open(ILogger logger)
    {
        switch (Kind)
        {
            case LedgerKind.File:
                return FileLedger.Open(Target, logger);
            case LedgerKind.Postgres:
                return SqlLedger.Open(new PostgresDialect(Target), null, logger);
            default:
                if (IsDefault && File.Exists(Path.Combine(Path.GetDirectoryName(Target)!, FileLedger.FileName)) && !File.Exists(Target))
                {
                    var data = Path.GetDirectoryName(Target)!;
                    throw new HostStartException(data + " holds a file ledger (" + FileLedger.FileName + ") and no database: copy it into " + DefaultDatabaseName + " with 'tamer-host migrate --data " + data + "', or keep using it for this release with --ledger file:");
                }

                return OpenSqlite(logger);
        }
    }

    /// <summary>The SQLite ledger, locked for this process (<c>PATH.lock</c>): one host per SQLite file.</summary>
    public SqlLedger OpenSqlite(ILogger logger)
    {
        var lockFile = Kind == LedgerKind.Sqlite
            ? ExclusiveLock.Take(Target + ".lock", "the ledger " + Target)
            : throw new InvalidOperationException("not a SQLite ledger");
        try
        {
            return SqlLedger.Open(new SqliteDialect(Target), lockFile, logger);
        }
        catch
        {
            lockFile.Dispose();
            throw;
        }
    }
}
