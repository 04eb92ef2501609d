using System;
using System.Collections.Generic;
using System.Data.Common;
using System.Globalization;
using System.IO;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace Tamer.Spec.Host.Ledger;

/// <summary>
/// The ledger in a database, with plain ADO.NET: one row per event in <c>ledger_events</c> (see
/// <see cref="LedgerSchema"/>), created or upgraded at start. An event is one insert in one
/// transaction; the primary key on its number and the unique indexes decide, inside the database,
/// which of two hosts got there first. A database that cannot be reached makes every call throw
/// <see cref="LedgerUnavailableException"/>; the next call tries again with a fresh connection.
/// </summary>
internal sealed partial class SqlLedger : ILedger
{
    private readonly SqlDialect _dialect;
    private readonly IDisposable? _lock;

    private SqlLedger(SqlDialect dialect, IDisposable? lockFile)
    {
        _dialect = dialect;
        _lock = lockFile;
    }

    public string Description => _dialect.Description;

    public bool IsShared => _dialect.IsShared;

    /// <summary>
    /// Opens the database and brings its schema to <see cref="LedgerSchema.Latest"/>; a database
    /// that cannot be reached, or has a newer schema, is a <see cref="HostStartException"/> in one line.
    /// <paramref name="lockFile"/> is held while the ledger is open, and released with it.
    /// </summary>
    public static SqlLedger Open(SqlDialect dialect, IDisposable? lockFile, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(dialect);
        var ledger = new SqlLedger(dialect, lockFile);
        try
        {
            var (from, to) = ledger.Run(ledger.UpgradeSchema);
            if (from != to)
            {
                LogSchema(logger, dialect.Description, from, to);
            }

            return ledger;
        }
        catch (LedgerUnavailableException exception)
        {
            ledger.Dispose();
            throw new HostStartException(exception.Message, exception);
        }
        catch
        {
            ledger.Dispose();
            throw;
        }
    }

    public IReadOnlyList<LedgerEvent> ReadAfter(long sequence) => Run(connection =>
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT seq, data FROM ledger_events WHERE seq > @after ORDER BY seq";
        Add(command, "@after", sequence);
        var events = new List<LedgerEvent>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var number = reader.GetInt64(0);
            var data = reader.GetString(1);
            LedgerEvent? entry;
            try
            {
                entry = JsonSerializer.Deserialize(data, LedgerJson.Default.LedgerEvent);
            }
            catch (JsonException exception)
            {
                throw new InvalidDataException("event " + number + " is not a ledger event (" + exception.Message + ")", exception);
            }

            if (entry is null || entry.Sequence != number)
            {
                throw new InvalidDataException("the data of event " + number + " holds another number");
            }

            events.Add(entry);
        }

        return events;
    });

    public void Append(LedgerEvent entry) => AppendAll([entry]);

    /// <summary>Keeps every event in one transaction: all or none.</summary>
    public void AppendAll(IReadOnlyList<LedgerEvent> entries) => Run(connection =>
    {
        using var transaction = _dialect.BeginWrite(connection);
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = _dialect.InsertEvent;
        var parameters = new[] { "@seq", "@type", "@at", "@worker", "@assignment", "@workItem", "@subject", "@data" };
        foreach (var name in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            command.Parameters.Add(parameter);
        }

        foreach (var entry in entries)
        {
            command.Parameters["@seq"].Value = entry.Sequence;
            command.Parameters["@type"].Value = entry.Type;
            command.Parameters["@at"].Value = _dialect.TimeValue(entry.At);
            command.Parameters["@worker"].Value = entry.Worker;
            command.Parameters["@assignment"].Value = string.IsNullOrEmpty(entry.AssignmentId) ? DBNull.Value : entry.AssignmentId;
            command.Parameters["@workItem"].Value = string.IsNullOrEmpty(entry.WorkItemId) ? DBNull.Value : entry.WorkItemId;
            command.Parameters["@subject"].Value = (object?)entry.Subject ?? DBNull.Value;
            command.Parameters["@data"].Value = JsonSerializer.Serialize(entry, LedgerJson.Default.LedgerEvent);
            command.ExecuteNonQuery();
        }

        transaction.Commit();
        return 0;
    });

    public void Dispose()
    {
        _dialect.Dispose();
        _lock?.Dispose();
    }

    private (int From, int To) UpgradeSchema(DbConnection connection)
    {
        _dialect.PrepareDatabase(connection);
        using var transaction = _dialect.BeginWrite(connection);
        _dialect.LockSchema(connection, transaction);
        Execute(connection, transaction, LedgerSchema.VersionTable);
        using var current = connection.CreateCommand();
        current.Transaction = transaction;
        current.CommandText = "SELECT COALESCE(MAX(version), 0) FROM ledger_schema";
        var from = Convert.ToInt32(current.ExecuteScalar(), CultureInfo.InvariantCulture);
        if (from > LedgerSchema.Latest)
        {
            throw new HostStartException("the ledger database " + _dialect.Description + " has schema version " + from + ", newer than the " + LedgerSchema.Latest + " this host knows: run a newer host");
        }

        foreach (var version in LedgerSchema.Versions)
        {
            if (version.Version <= from)
            {
                continue;
            }

            foreach (var statement in _dialect.Statements(version))
            {
                Execute(connection, transaction, statement);
            }

            using var record = connection.CreateCommand();
            record.Transaction = transaction;
            record.CommandText = "INSERT INTO ledger_schema (version, applied_at) VALUES (@version, @at)";
            Add(record, "@version", version.Version);
            Add(record, "@at", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
            record.ExecuteNonQuery();
        }

        transaction.Commit();
        return (from, LedgerSchema.Latest);
    }

    // One connection per call; a unique key refused is a conflict, anything that keeps the database
    // from answering makes the ledger unavailable for this call.
    private T Run<T>(Func<DbConnection, T> work)
    {
        try
        {
            using var connection = _dialect.Open();
            return work(connection);
        }
        catch (DbException exception) when (_dialect.IsConflict(exception))
        {
            throw new LedgerConflictException("the ledger database refused the event: " + exception.Message, exception);
        }
        catch (Exception exception) when (exception is DbException or IOException or SocketException or TimeoutException)
        {
            _dialect.ForgetConnections();
            throw new LedgerUnavailableException("the ledger database " + _dialect.Description + " is unavailable: " + Reason(exception), exception);
        }
    }

    private static void Execute(DbConnection connection, DbTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    /// <summary>The exception's message with the messages of the exceptions inside it, on one line.</summary>
    private static string Reason(Exception exception)
    {
        var parts = new List<string>();
        for (var current = exception; current is not null; current = current.InnerException)
        {
            var message = current.Message.ReplaceLineEndings(" ").Trim();
            if (message.Length > 0 && !parts.Contains(message))
            {
                parts.Add(message);
            }
        }

        return string.Join(": ", parts);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Ledger {Ledger}: schema brought from version {From} to {To}")]
    private static partial void LogSchema(ILogger logger, string ledger, int from, int to);
}
