using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using Tamer.Spec.Host.Ledger;

namespace Tamer.Spec.Host.Tests;

/// <summary>
/// <c>tamer-host migrate</c>, run as a process: a file ledger of 10,000 events copied into SQLite and
/// into PostgreSQL, verified by count and SHA-256; a second run copies nothing; the host then serves
/// from each database exactly what it serves from the file; a database holding other events is refused.
/// </summary>
public sealed class MigrateTests(SharedPostgres postgres)
{
    private const int Events = 10_000;

    [Fact]
    public async Task Migrate_copies_10000_events_into_SQLite_and_PostgreSQL_once_and_the_host_serves_the_same_state()
    {
        using var folders = HostFolders.Fixture("chain");
        var file = WriteFileLedger(folders.Data);
        var content = File.ReadAllBytes(file);
        var sha = Convert.ToHexStringLower(SHA256.HashData(content));
        var database = await postgres.CreateDatabaseAsync();

        var intoSqlite = Migrate(folders);
        var intoSqliteAgain = Migrate(folders);
        var intoPostgres = Migrate(folders, "--ledger", "postgres:" + database);
        var intoPostgresAgain = Migrate(folders, "--ledger", "postgres:" + database);

        intoSqlite.ShouldBe((0, "tamer-host migrate: copied 10000 events from " + file + " into sqlite:" + Path.Combine(folders.Data, "ledger.db") + "; both hold 10000 events, SHA-256 " + sha));
        intoSqliteAgain.ExitCode.ShouldBe(0);
        intoSqliteAgain.Output.ShouldStartWith("tamer-host migrate: nothing to copy from " + file);
        intoSqliteAgain.Output.ShouldEndWith("both hold 10000 events, SHA-256 " + sha);
        intoPostgres.ExitCode.ShouldBe(0, intoPostgres.Output);
        intoPostgres.Output.ShouldContain("copied 10000 events");
        intoPostgres.Output.ShouldEndWith("both hold 10000 events, SHA-256 " + sha);
        intoPostgresAgain.Output.ShouldStartWith("tamer-host migrate: nothing to copy");
        LedgerContents.Sqlite(Path.Combine(folders.Data, "ledger.db")).Count.ShouldBe(Events);
        LedgerContents.Postgres(database).Count.ShouldBe(Events);
        File.ReadAllBytes(file).ShouldBe(content, "the file ledger is kept as it was");

        var fromFile = await ServedStateAsync(folders, "file:");
        (await ServedStateAsync(folders, "sqlite:")).ShouldBe(fromFile);
        (await ServedStateAsync(folders, "postgres:" + database)).ShouldBe(fromFile);
    }

    [Fact]
    public void Migrate_refuses_a_database_that_holds_other_events_and_copies_nothing()
    {
        using var folders = HostFolders.Fixture("chain");
        var file = WriteFileLedger(folders.Data, count: 10);
        var other = Path.Combine(folders.Root, "other.db");
        using (var ledger = LedgerLocation.Parse("sqlite:" + other, null, () => "no data").Open(Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance))
        {
            ledger.Append(new LedgerEvent(1, LedgerEvent.Assigned, DateTimeOffset.UnixEpoch, "A-other", "WI-CHAIN-A", "bob"));
        }

        var (exitCode, output) = Migrate(folders, "--ledger", "sqlite:" + other);

        exitCode.ShouldBe(2);
        output.ShouldBe("tamer-host: event 1 of sqlite:" + other + " differs from line 1 of " + file + ": the database holds other events; nothing copied");
        LedgerContents.Sqlite(other).Count.ShouldBe(1);
    }

    // Three Work Items' worth of real ones (the chain fixture's), then generated assignments: assigned, submitted, completed.
    private static string WriteFileLedger(string data, int count = Events)
    {
        Directory.CreateDirectory(data);
        var path = Path.Combine(data, "ledger.jsonl");
        var at = new DateTimeOffset(2026, 11, 21, 9, 0, 0, TimeSpan.Zero);
        using var stream = File.Create(path);
        string[] steps = [LedgerEvent.Assigned, LedgerEvent.Submitted, LedgerEvent.Completed];
        for (var seq = 1; seq <= count; seq++)
        {
            var n = (seq - 1) / 3;
            var workItem = n == 0 ? "WI-CHAIN-A" : "WI-GEN-" + n.ToString("D5", CultureInfo.InvariantCulture);
            var type = steps[(seq - 1) % 3];
            var worker = n % 2 == 0 ? "alice" : "bob";
            var entry = new LedgerEvent(seq, type, at.AddSeconds(seq), "A" + n.ToString("D6", CultureInfo.InvariantCulture), workItem, worker, type == LedgerEvent.Submitted ? ["src/gen/" + n + ".ts"] : null);
            stream.Write(LedgerDigest.Line(entry));
        }

        return path;
    }

    // Exit code and standard output; standard error when it fails.
    private static (int ExitCode, string Output) Migrate(HostFolders folders, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = folders.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { BuiltTools.HostAssembly, "migrate", "--data", folders.Data }.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, (process.ExitCode == 0 ? output : error.Result).Trim());
    }

    // What a client sees: the Work Items list, and every 50th assignment with the last one.
    private static async Task<string> ServedStateAsync(HostFolders folders, string ledger)
    {
        await using var host = await RunningHost.StartAsync(folders, "--ledger", ledger);
        host.KeepFolders = true;
        var alice = host.As("alice");
        var parts = new List<string> { (await alice.GetJsonAsync("/v1/work-items")).Body.GetRawText() };
        var assignments = (Events + 2) / 3;
        foreach (var n in Enumerable.Range(0, assignments).Where(n => n % 50 == 0 || n == assignments - 1))
        {
            var (status, body) = await alice.GetJsonAsync("/v1/assignments/A" + n.ToString("D6", CultureInfo.InvariantCulture));
            parts.Add((int)status + " " + body.GetRawText());
        }

        return string.Join("\n", parts);
    }
}
