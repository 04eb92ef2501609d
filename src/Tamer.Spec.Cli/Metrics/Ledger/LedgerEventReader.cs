using System;
using System.Collections.Generic;
using System.Data.Common;
using System.IO;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Npgsql;
using Tamer.Spec.Host.Ledger;

namespace Tamer.Spec.Cli.Metrics.Ledger;

/// <summary>
/// Reads the events of an orchestrator host's ledger without changing it, while the host may be
/// running: a SQLite file opened read-only (no lock taken, no schema upgraded), a PostgreSQL
/// database in a read-only transaction, or a ledger file. Each event is the host's own
/// <see cref="LedgerEvent"/>, read from the JSON the host wrote (the database's <c>data</c> column,
/// the file's lines) with the host's serializer.
/// </summary>
internal static class LedgerEventReader
{
    public const string Usage = "--ledger takes sqlite:PATH (or a path), postgres:CONNECTION-STRING or file:PATH";

    public static IReadOnlyList<LedgerEvent> Read(string setting, Func<string, string> resolve)
    {
        var colon = setting.IndexOf(':', StringComparison.Ordinal);
        var scheme = colon <= 1 ? string.Empty : setting[..colon].ToLowerInvariant();
        var rest = colon <= 1 ? setting : setting[(colon + 1)..].Trim();
        try
        {
            return scheme switch
            {
                "" or "sqlite" when rest.Length > 0 => FromSqlite(resolve(rest)),
                "postgres" or "postgresql" when rest.Length > 0 => FromPostgres(rest),
                "file" when rest.Length > 0 => FromFile(resolve(rest)),
                _ => throw new UsageException(Usage + ", not '" + setting + "'"),
            };
        }
        catch (Exception exception) when (exception is DbException or IOException or UnauthorizedAccessException or ArgumentException or InvalidOperationException)
        {
            throw new UsageException("cannot read the ledger " + Describe(scheme, rest) + ": " + exception.Message);
        }
    }

    private static string Describe(string scheme, string rest) =>
        scheme is "postgres" or "postgresql" ? "postgres:" + PostgresServer(rest) : (scheme.Length == 0 ? "sqlite" : scheme) + ":" + rest;

    // A connection string's password never goes into a message.
    private static string PostgresServer(string connection)
    {
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(connection);
            return "Host=" + builder.Host + ";Database=" + builder.Database + ";Username=" + builder.Username;
        }
        catch (ArgumentException)
        {
            return "(a connection string that does not parse)";
        }
    }

    private static List<LedgerEvent> FromSqlite(string path)
    {
        if (!File.Exists(path))
        {
            throw new IOException("no such file");
        }

        var connectionString = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        return ReadRows(connection, null);
    }

    private static List<LedgerEvent> FromPostgres(string connectionString)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var transaction = connection.BeginTransaction();
        using (var readOnly = connection.CreateCommand())
        {
            readOnly.Transaction = transaction;
            readOnly.CommandText = "SET TRANSACTION READ ONLY";
            readOnly.ExecuteNonQuery();
        }

        return ReadRows(connection, transaction, "data::text");
    }

    private static List<LedgerEvent> ReadRows(DbConnection connection, DbTransaction? transaction, string data = "data")
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT " + data + " FROM ledger_events ORDER BY seq";
        var events = new List<LedgerEvent>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            events.Add(Parse(reader.GetString(0), "event " + (events.Count + 1)));
        }

        return events;
    }

    // A folder is the host's data folder: its ledger.jsonl. A last line without its line end was torn by a crash and is left out, as the host leaves it out.
    private static List<LedgerEvent> FromFile(string path)
    {
        var file = Directory.Exists(path) ? Path.Combine(path, "ledger.jsonl") : path;
        var text = File.ReadAllText(file, Encoding.UTF8);
        var lines = text.Split('\n');
        var events = new List<LedgerEvent>();
        for (var i = 0; i < lines.Length - 1; i++)
        {
            if (lines[i].Trim().Length > 0)
            {
                events.Add(Parse(lines[i], "line " + (i + 1)));
            }
        }

        return events;
    }

    private static LedgerEvent Parse(string json, string where)
    {
        try
        {
            return JsonSerializer.Deserialize(json, LedgerJson.Default.LedgerEvent) ?? throw new InvalidOperationException(where + " is null");
        }
        catch (JsonException exception)
        {
            throw new InvalidOperationException(where + " is not an event: " + exception.Message, exception);
        }
    }
}
