using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Tamer.Spec.Host.Ledger;

namespace Tamer.Spec.Host.Tests;

/// <summary>
/// The database ledger itself: its schema and version table, the unique keys that make a second
/// assignment of a Work Item impossible whatever a host believes, a database that is down at
/// start (one line) or while serving (503, then recovery without a restart).
/// </summary>
public sealed class DatabaseLedgerTests(SharedPostgres postgres)
{
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task The_database_refuses_a_second_assignment_of_a_Work_Item_and_a_taken_event_number(string kind)
    {
        using var folders = HostFolders.Fixture("chain");
        var location = kind == "sqlite"
            ? LedgerLocation.Parse(null, folders.Data, () => "no data")
            : LedgerLocation.Parse("postgres:" + await postgres.CreateDatabaseAsync(), null, () => "no data");
        using var ledger = location.Open(NullLogger.Instance);
        var at = DateTimeOffset.UtcNow;
        ledger.Append(new LedgerEvent(1, LedgerEvent.Assigned, at, "A1", "WI-CHAIN-A", "alice"));

        Should.Throw<LedgerConflictException>(() => ledger.Append(new LedgerEvent(2, LedgerEvent.Assigned, at, "A2", "WI-CHAIN-A", "bob")), "one assignment per Work Item, even with the right number");
        Should.Throw<LedgerConflictException>(() => ledger.Append(new LedgerEvent(1, LedgerEvent.Assigned, at, "A3", "WI-CHAIN-B", "bob")), "event 1 is taken");
        Should.Throw<LedgerConflictException>(() => ledger.Append(new LedgerEvent(2, LedgerEvent.Assigned, at, "A1", "WI-CHAIN-B", "bob")), "assignment ids are unique");
        ledger.Append(new LedgerEvent(2, LedgerEvent.Assigned, at, "A2", "WI-CHAIN-B", "bob"));

        ledger.ReadAfter(0).Select(e => (e.Sequence, e.AssignmentId, e.WorkItemId)).ShouldBe([(1L, "A1", "WI-CHAIN-A"), (2L, "A2", "WI-CHAIN-B")]);
        ledger.ReadAfter(1).Single().AssignmentId.ShouldBe("A2");
    }

    [Fact]
    public async Task The_schema_is_created_at_start_with_its_version_and_a_newer_schema_stops_the_start()
    {
        using var folders = HostFolders.Fixture("chain");
        await using (var host = await RunningHost.StartAsync(folders))
        {
            host.KeepFolders = true;
            (await host.As("alice").AssignAsync("WI-CHAIN-A")).Status.ShouldBe(HttpStatusCode.Created);
        }

        var database = Path.Combine(folders.Data, "ledger.db");
        using (var connection = new SqliteConnection("Data Source=" + database + ";Pooling=False"))
        {
            connection.Open();
            LedgerContents.Query(connection, "PRAGMA journal_mode").Single()[0].ShouldBe("wal");
            LedgerContents.Query(connection, "SELECT version FROM ledger_schema ORDER BY version").Select(r => r[0]).ShouldBe(LedgerSchema.Versions.Select(v => v.Version.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            LedgerContents.Query(connection, "SELECT work_item_id, worker, status FROM assignments").Single().ShouldBe(["WI-CHAIN-A", "alice", "in_progress"]);
            LedgerContents.Query(connection, "INSERT INTO ledger_schema (version, applied_at) VALUES (999, 'later')");
        }

        Should.Throw<HostStartException>(() => HostApplication.Build(folders.Arguments()))
            .Message.ShouldBe("the ledger database sqlite:" + database + " has schema version 999, newer than the " + LedgerSchema.Latest + " this host knows: run a newer host");
    }

    [Fact]
    public void A_data_folder_with_a_file_ledger_and_no_database_stops_the_default_start_naming_migrate()
    {
        using var folders = HostFolders.Fixture("chain");
        Directory.CreateDirectory(folders.Data);
        File.WriteAllText(Path.Combine(folders.Data, "ledger.jsonl"), string.Empty);

        Should.Throw<HostStartException>(() => HostApplication.Build(folders.Arguments()))
            .Message.ShouldContain("holds a file ledger (ledger.jsonl) and no database: copy it into ledger.db with 'tamer-host migrate --data " + folders.Data + "'");
        File.Exists(Path.Combine(folders.Data, "ledger.db")).ShouldBeFalse();
    }

    [Theory]
    [InlineData("mysql:whatever", "--ledger takes sqlite:PATH, postgres:CONNECTION-STRING or file:, not 'mysql:…'")]
    [InlineData("postgres:", "--ledger takes sqlite:PATH, postgres:CONNECTION-STRING or file:, not 'postgres:…'")]
    [InlineData("postgres:Hots=db", "--ledger postgres: needs an Npgsql connection string")]
    public void A_ledger_setting_that_names_no_ledger_stops_the_start(string value, string expected)
    {
        using var folders = HostFolders.Fixture("chain");

        Should.Throw<HostStartException>(() => HostApplication.Build([.. folders.Arguments(), "--ledger", value])).Message.ShouldStartWith(expected);
    }

    [Fact]
    public async Task A_database_that_is_down_at_start_stops_the_host_with_one_line_and_exit_code_2()
    {
        using var folders = HostFolders.Fixture("chain");
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = folders.Root };
        foreach (var argument in new[] { BuiltTools.HostAssembly }.Concat(folders.Arguments()).Concat(["--ledger", "postgres:Host=127.0.0.1;Port=" + port + ";Username=tamer;Password=s3cret;Database=ledger"]))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = await process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);

        process.ExitCode.ShouldBe(2);
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBe(1, error);
        lines[0].ShouldStartWith("tamer-host: the ledger database postgres:Host=127.0.0.1;Port=" + port + ";Database=ledger;Username=tamer is unavailable: ");
        lines[0].ShouldContain("Connection refused");
        error.ShouldNotContain("s3cret");
        (await output).ShouldNotContain("Now listening");
    }

    [Fact]
    public async Task A_database_that_goes_down_makes_state_changes_503_and_the_host_recovers_when_it_returns()
    {
        await using var cluster = await PostgresCluster.StartAsync();
        var database = await cluster.CreateDatabaseAsync();
        using var folders = IndependentWorkItems.Folders(3);
        await using var host = await RunningHost.StartAsync(folders, "--ledger", "postgres:" + database);
        var alice = host.As("alice");
        var (assigned, first) = await alice.AssignAsync(IndependentWorkItems.Id(0));
        assigned.ShouldBe(HttpStatusCode.Created);

        await cluster.StopAsync();
        var (down, problem) = await alice.AssignAsync(IndependentWorkItems.Id(1));
        var (downSubmit, _) = await alice.SubmitAsync(first.Str("id"), "src/m0/a.ts");
        var (read, stored) = await alice.GetJsonAsync("/v1/assignments/" + first.Str("id"));
        var (listed, _) = await alice.GetJsonAsync("/v1/work-items");

        down.ShouldBe(HttpStatusCode.ServiceUnavailable);
        problem.Str("title").ShouldBe("Ledger unavailable");
        problem.Str("detail").ShouldContain("is unavailable");
        downSubmit.ShouldBe(HttpStatusCode.ServiceUnavailable);
        read.ShouldBe(HttpStatusCode.OK, "reads answer from the last state seen");
        stored.Str("status").ShouldBe("in_progress");
        listed.ShouldBe(HttpStatusCode.OK);

        await cluster.StartAgainAsync();
        var recovered = HttpStatusCode.ServiceUnavailable;
        for (var attempt = 0; attempt < 100 && recovered == HttpStatusCode.ServiceUnavailable; attempt++)
        {
            recovered = (await alice.AssignAsync(IndependentWorkItems.Id(1))).Status;
            if (recovered == HttpStatusCode.ServiceUnavailable)
            {
                await Task.Delay(100, TestContext.Current.CancellationToken);
            }
        }

        recovered.ShouldBe(HttpStatusCode.Created, "the same host takes state changes again once the database is back");
        (await alice.SubmitAsync(first.Str("id"), "src/m0/a.ts")).Status.ShouldBe(HttpStatusCode.OK);
        LedgerContents.Postgres(database).Select(e => e.Str("type")).ShouldBe(["assigned", "assigned", "submitted"]);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
