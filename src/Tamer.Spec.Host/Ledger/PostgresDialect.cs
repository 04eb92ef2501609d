using System;
using System.Collections.Generic;
using System.Data.Common;
using Npgsql;

namespace Tamer.Spec.Host.Ledger;

/// <summary>
/// The ledger in a PostgreSQL database that several hosts share. A commit returns once the
/// server has made it durable (the server's <c>synchronous_commit</c>, on by default). Two hosts
/// starting at once take an advisory lock before they create or upgrade the tables. The password
/// may come from the connection string, <c>PGPASSWORD</c> or a password file; it is never shown.
/// </summary>
internal sealed class PostgresDialect : SqlDialect
{
    // Any constant the host's schema transaction alone uses.
    private const long SchemaLockKey = 0x54616D6572;
    private const string UniqueViolation = "23505";

    private readonly NpgsqlDataSource _dataSource;

    public PostgresDialect(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        Description = "postgres:" + Describe(builder);
        _dataSource = NpgsqlDataSource.Create(builder);
    }

    public override string Description { get; }

    public override bool IsShared => true;

    public override string InsertEvent => "INSERT INTO ledger_events (seq, type, at, worker, assignment_id, work_item_id, subject_id, data) VALUES (@seq, @type, @at, @worker, @assignment, @workItem, @subject, CAST(@data AS jsonb))";

    public override DbConnection Open() => _dataSource.OpenConnection();

    public override void LockSchema(DbConnection connection, DbTransaction transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT pg_advisory_xact_lock(" + SchemaLockKey + ")";
        command.ExecuteNonQuery();
    }

    public override IReadOnlyList<string> Statements(SchemaVersion version) => version.Postgres;

    public override object TimeValue(DateTimeOffset at) => at.ToUniversalTime();

    public override bool IsConflict(DbException exception) => exception is PostgresException { SqlState: UniqueViolation };

    public override void ForgetConnections() => _dataSource.Clear();

    public override void Dispose() => _dataSource.Dispose();

    /// <summary>The connection string's server, database and user: what a message may show.</summary>
    public static string Describe(NpgsqlConnectionStringBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var parts = new List<string>();
        void Add(string key, object? value)
        {
            if (value is not null && !(value is string text && text.Length == 0))
            {
                parts.Add(key + "=" + value);
            }
        }

        Add("Host", builder.Host);
        Add("Port", builder.Port);
        Add("Database", builder.Database);
        Add("Username", builder.Username);
        return string.Join(";", parts);
    }
}
