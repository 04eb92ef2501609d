using System;
using System.Collections.Generic;
using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Tamer.Spec.Host.Ledger;

/// <summary>
/// The ledger in a SQLite file, the default for one host. The database is in WAL mode (readers do
/// not wait for the writer) with <c>synchronous=FULL</c> on every connection, so a commit is on the
/// disk before it returns, and a crash of the host or of the machine keeps every committed event.
/// A write transaction starts with <c>BEGIN IMMEDIATE</c>.
/// </summary>
internal sealed class SqliteDialect : SqlDialect
{
    private const int ConstraintPrimaryKey = 1555;
    private const int ConstraintUnique = 2067;

    private readonly string _connectionString;

    public SqliteDialect(string path)
    {
        Path = path;
        _connectionString = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = true }.ToString();
    }

    /// <summary>The database file.</summary>
    public string Path { get; }

    public override string Description => "sqlite:" + Path;

    public override bool IsShared => false;

    public override string InsertEvent => "INSERT INTO ledger_events (seq, type, at, worker, assignment_id, work_item_id, subject_id, data) VALUES (@seq, @type, @at, @worker, @assignment, @workItem, @subject, @data)";

    public override DbConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA synchronous = FULL";
            command.ExecuteNonQuery();
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public override void PrepareDatabase(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode = WAL";
        var mode = command.ExecuteScalar() as string;
        if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
        {
            throw new HostStartException("SQLite did not switch " + Path + " to WAL mode (it reports '" + mode + "'); is the file on a file system without shared memory?");
        }
    }

    public override DbTransaction BeginWrite(DbConnection connection) => ((SqliteConnection)connection).BeginTransaction(deferred: false);

    public override IReadOnlyList<string> Statements(SchemaVersion version) => version.Sqlite;

    public override object TimeValue(DateTimeOffset at) => at.ToString("O", CultureInfo.InvariantCulture);

    public override bool IsConflict(DbException exception) =>
        exception is SqliteException { SqliteExtendedErrorCode: ConstraintPrimaryKey or ConstraintUnique };

    public override void Dispose()
    {
        // Pooled connections keep the file open; the host is done with it.
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
    }
}
