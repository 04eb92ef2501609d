using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;

namespace Tamer.Spec.Host.Tests;

/// <summary><c>tamer-lint metrics --ledger</c> reads what the host recorded, per worker, without changing it.</summary>
public sealed class MetricsLedgerTests(SharedPostgres postgres)
{
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task The_per_worker_table_shows_each_workers_drift_refusals_as_the_ledger_records_them(string kind)
    {
        using var folders = HostFolders.Examples();
        var ledger = kind == "postgres" ? "postgres:" + await postgres.CreateDatabaseAsync() : "sqlite:" + Path.Combine(folders.Data, "ledger.db");
        await using var host = await RunningHost.StartAsync(folders, "--ledger", ledger);
        var alice = host.As("alice");
        var bob = host.As("bob");
        var aliceAssignment = (await alice.AssignAsync("WI-AUTH-0042")).Body.Str("id");
        var bobAssignment = (await bob.AssignAsync("WI-ADMIN-0012")).Body.Str("id");
        (await alice.SubmitAsync(aliceAssignment, "src/auth/login.ts", "src/billing/invoice.ts")).Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await alice.SubmitAsync(aliceAssignment, "src/auth/login.ts", "src/payments/charge.ts")).Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await bob.SubmitAsync(bobAssignment, "src/admin/routes.ts", "src/billing/x.ts")).Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await alice.SubmitAsync(aliceAssignment, "src/auth/login.ts")).Status.ShouldBe(HttpStatusCode.OK);
        (await alice.CompleteAsync(aliceAssignment)).Status.ShouldBe(HttpStatusCode.OK);
        var recorded = host.LedgerEvents();

        // The history metrics walks: one commit, a day ahead, so that the two weeks it covers hold the events just recorded.
        using var repository = new Tamer.Spec.Testing.TemporaryDirectory();
        repository.Write("work-items/a.md", File.ReadAllText(Path.Combine(host.Folders.WorkItems, "auth-login-rate-limit.md")));
        GitCommitAt(repository.Path, DateTimeOffset.UtcNow.AddDays(1));
        var (exitCode, output) = BuiltTools.TamerLint(repository.Path, "metrics", "--since", "3w", "--format", "json", "--ledger", ledger);

        exitCode.ShouldBe(0, output);
        using var report = JsonDocument.Parse(output);
        var workers = report.RootElement.GetProperty("workers").EnumerateArray().ToDictionary(w => w.Str("worker"), w => w.GetProperty("total"));
        workers.Keys.ShouldBe(["alice", "bob"]);
        foreach (var (worker, total) in workers)
        {
            int Recorded(string type) => recorded.Count(e => e.Str("worker") == worker && e.Str("type") == type);
            total.GetProperty("assignments").GetInt32().ShouldBe(Recorded("assigned"), worker);
            total.GetProperty("driftRefusals").GetInt32().ShouldBe(Recorded("drift-refused"), worker);
            total.GetProperty("submissions").GetInt32().ShouldBe(Recorded("submitted"), worker);
            total.GetProperty("completions").GetInt32().ShouldBe(Recorded("completed"), worker);
        }

        (workers["alice"].GetProperty("driftRefusals").GetInt32(), workers["bob"].GetProperty("driftRefusals").GetInt32()).ShouldBe((2, 1));
        (workers["alice"].GetProperty("completions").GetInt32(), workers["bob"].GetProperty("completions").GetInt32()).ShouldBe((1, 0));
        host.LedgerEvents().Count.ShouldBe(recorded.Count, "reading the ledger changes nothing");
        (await bob.SubmitAsync(bobAssignment, "src/admin/routes.ts")).Status.ShouldBe(HttpStatusCode.OK, "the host goes on writing its ledger");
    }

    [Fact]
    public void A_ledger_that_is_not_there_is_one_line_and_exit_code_2()
    {
        using var repository = new Tamer.Spec.Testing.TemporaryDirectory();
        repository.Write("work-items/a.md", "---\nid: WI-A-0001\n---\n");
        GitCommitAt(repository.Path, DateTimeOffset.UtcNow);

        var (exitCode, output) = BuiltTools.TamerLint(repository.Path, "metrics", "--ledger", "sqlite:missing.db");

        exitCode.ShouldBe(2);
        output.ShouldBeEmpty();
        File.Exists(Path.Combine(repository.Path, "missing.db")).ShouldBeFalse("a ledger is never created by reading it");
    }

    private static void GitCommitAt(string folder, DateTimeOffset at)
    {
        var date = at.ToString("yyyy-MM-ddTHH:mm:ssK", CultureInfo.InvariantCulture);
        foreach (var arguments in new[]
        {
            new[] { "init", "-q", "-b", "main" },
            ["-c", "user.email=tests@tamer.invalid", "-c", "user.name=Tamer tests", "add", "-A"],
            ["-c", "user.email=tests@tamer.invalid", "-c", "user.name=Tamer tests", "-c", "commit.gpgsign=false", "commit", "-q", "-m", "work items"],
        })
        {
            var start = new ProcessStartInfo("git") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            start.Environment["GIT_AUTHOR_DATE"] = date;
            start.Environment["GIT_COMMITTER_DATE"] = date;
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            process.ExitCode.ShouldBe(0, "git " + string.Join(" ", arguments) + ": " + error.Result);
        }
    }
}
