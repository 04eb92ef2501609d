using System.Data.Common;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Tamer.Spec.Host.Tests;

/// <summary>The events a ledger holds, read the way a person would inspect it: the file's lines, or the database's rows.</summary>
internal static class LedgerContents
{
    /// <summary>Each event's JSON, oldest first, from a <c>ledger.jsonl</c>.</summary>
    public static IReadOnlyList<JsonElement> File(string path) =>
        System.IO.File.ReadAllLines(path).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();

    /// <summary>Each event's <c>data</c>, ordered by <c>seq</c>, from a SQLite ledger.</summary>
    public static IReadOnlyList<JsonElement> Sqlite(string path)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ConnectionString);
        connection.Open();
        return Read(connection);
    }

    /// <summary>Each event's <c>data</c>, ordered by <c>seq</c>, from a PostgreSQL ledger.</summary>
    public static IReadOnlyList<JsonElement> Postgres(string connectionString)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        return Read(connection);
    }

    /// <summary>The result of one query, each row's columns as text.</summary>
    public static IReadOnlyList<string[]> Query(DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string[]>();
        while (reader.Read())
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "NULL" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)!).ToArray());
        }

        return rows;
    }

    private static IReadOnlyList<JsonElement> Read(DbConnection connection) =>
        Query(connection, "SELECT data FROM ledger_events ORDER BY seq").Select(r => JsonDocument.Parse(r[0]).RootElement.Clone()).ToList();
}
