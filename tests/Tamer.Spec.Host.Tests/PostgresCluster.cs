using System.Diagnostics;
using Npgsql;

namespace Tamer.Spec.Host.Tests;

/// <summary>
/// A throwaway PostgreSQL server for the tests: <c>initdb</c> and <c>pg_ctl</c> from Debian's
/// <c>postgresql</c> package (<c>/usr/lib/postgresql/*/bin</c>, else <c>PATH</c>) make a cluster in a
/// fresh folder under <c>/tmp</c> that listens on a Unix socket in that folder only (no TCP port),
/// with trust authentication for the user <c>tamer</c>. PostgreSQL refuses to run as root, so
/// under root the server runs as the <c>postgres</c> user the package creates. Disposing stops it
/// and deletes the folder. When the server cannot be started, <see cref="StartAsync"/> throws
/// with the reason, so the tests that need it fail saying why; nothing is skipped.
/// </summary>
public sealed class PostgresCluster : IAsyncDisposable
{
    private const string User = "tamer";
    private const string ServiceUser = "postgres";

    private readonly string _bin;
    private readonly string _folder;
    private readonly bool _asServiceUser;
    private int _databases;

    private PostgresCluster(string bin, string folder, bool asServiceUser)
    {
        _bin = bin;
        _folder = folder;
        _asServiceUser = asServiceUser;
    }

    private string DataFolder => Path.Combine(_folder, "data");

    /// <summary>Initialises and starts a cluster, or throws <see cref="InvalidOperationException"/> saying why it cannot.</summary>
    public static async Task<PostgresCluster> StartAsync()
    {
        var bin = FindBin() ?? throw new InvalidOperationException(
            "the PostgreSQL tests need a PostgreSQL server (initdb and pg_ctl), found neither under /usr/lib/postgresql/*/bin nor on PATH: install Debian's package with 'apt-get install postgresql' (.ci/run does)");
        var asServiceUser = Environment.UserName == "root";
        if (asServiceUser && (await RunAsync("id", ["-u", ServiceUser], null)).ExitCode != 0)
        {
            throw new InvalidOperationException("the tests run as root, and PostgreSQL will not; there is no '" + ServiceUser + "' user to run it as (Debian's postgresql package creates one)");
        }

        var folder = Path.Combine("/tmp", "tamer-pg-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        var cluster = new PostgresCluster(bin, folder, asServiceUser);
        try
        {
            if (asServiceUser)
            {
                await cluster.MustAsync("chown", ["-R", ServiceUser + ":" + ServiceUser, folder], asServer: false);
            }

            await cluster.MustAsync(Path.Combine(bin, "initdb"), ["-D", cluster.DataFolder, "-U", User, "--auth=trust", "--no-sync", "-E", "UTF8", "--locale=C"], asServer: true);
            await cluster.StartAgainAsync();
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    /// <summary>A connection string for <paramref name="database"/> over the cluster's socket.</summary>
    public string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder { Host = _folder, Username = User, Database = database, Pooling = true }.ConnectionString;

    /// <summary>A new empty database; its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = "ledger_" + Interlocked.Increment(ref _databases);
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand("CREATE DATABASE " + name, connection);
        await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        return ConnectionString(name);
    }

    /// <summary>Stops the server at once (its clients' connections break).</summary>
    public Task StopAsync() => MustAsync(Path.Combine(_bin, "pg_ctl"), ["-D", DataFolder, "-m", "immediate", "-w", "stop"], asServer: true);

    /// <summary>Starts the (stopped) server again on the same socket and data.</summary>
    public Task StartAgainAsync() => MustAsync(
        Path.Combine(_bin, "pg_ctl"),
        ["-D", DataFolder, "-l", Path.Combine(_folder, "server.log"), "-w", "-t", "60", "-o", "-k " + _folder + " -c listen_addresses='' -c max_connections=200", "start"],
        asServer: true);

    public async ValueTask DisposeAsync()
    {
        if (File.Exists(Path.Combine(DataFolder, "postmaster.pid")))
        {
            await RunAsync(Path.Combine(_bin, "pg_ctl"), ["-D", DataFolder, "-m", "immediate", "-w", "stop"], _asServiceUser ? ServiceUser : null);
        }

        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left in /tmp; nothing else uses it.
        }
    }

    private static string? FindBin()
    {
        var versions = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).OrderByDescending(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var v) ? v : 0)
            : Enumerable.Empty<string>();
        var path = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':', StringSplitOptions.RemoveEmptyEntries);
        return versions.Concat(path).FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")));
    }

    private async Task MustAsync(string program, string[] arguments, bool asServer)
    {
        var (exitCode, output) = await RunAsync(program, arguments, asServer && _asServiceUser ? ServiceUser : null);
        if (exitCode != 0)
        {
            var log = Path.Combine(_folder, "server.log");
            throw new InvalidOperationException(
                "cannot start the PostgreSQL server for the tests: " + Path.GetFileName(program) + " exited with " + exitCode + ":\n" + output
                + (File.Exists(log) ? "\nserver log:\n" + File.ReadAllText(log) : string.Empty));
        }
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string program, string[] arguments, string? asUser)
    {
        var start = new ProcessStartInfo(asUser is null ? program : "runuser") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = "/tmp" };
        if (asUser is not null)
        {
            foreach (var argument in new[] { "-u", asUser, "--", program })
            {
                start.ArgumentList.Add(argument);
            }
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, output + await error);
    }
}

/// <summary>
/// One cluster for the whole test assembly, started when a test first asks for a database and
/// stopped after the last test; a test that needs to stop the server starts a cluster of its own.
/// </summary>
public sealed class SharedPostgres : IAsyncDisposable
{
    private readonly Lazy<Task<PostgresCluster>> _cluster = new(PostgresCluster.StartAsync);

    /// <summary>A new empty database on the shared cluster; throws with the reason when the server cannot start.</summary>
    public async Task<string> CreateDatabaseAsync() => await (await _cluster.Value).CreateDatabaseAsync();

    public async ValueTask DisposeAsync()
    {
        if (_cluster.IsValueCreated && _cluster.Value.IsCompletedSuccessfully)
        {
            await (await _cluster.Value).DisposeAsync();
        }
    }
}
