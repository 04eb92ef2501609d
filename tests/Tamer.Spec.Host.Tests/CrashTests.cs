using System.Collections.Concurrent;
using System.Net;

namespace Tamer.Spec.Host.Tests;

/// <summary>
/// Crash safety: a burst of assignments, submissions and completions against a host process that
/// is killed with SIGKILL in the middle; after a restart on the same data every acknowledged
/// change is there: in the default SQLite ledger, and in the file ledger even with a torn line at
/// its end.
/// </summary>
public sealed class CrashTests
{
    private const int WorkItems = 200;

    [Theory]
    [InlineData("sqlite")]
    [InlineData("file")]
    public async Task Every_acknowledged_change_survives_a_SIGKILL_mid_burst(string ledgerKind)
    {
        string[] ledgerArguments = ledgerKind == "file" ? ["--ledger", "file:"] : [];
        using var folders = HostFolders.CopyOf(Path.Combine(AppContext.BaseDirectory, "fixtures", "chain"));
        IndependentWorkItems.Write(folders.WorkItems, WorkItems);
        var acknowledged = new ConcurrentBag<(string Step, string Assignment)>();
        var sent = 0;

        using (var host = await HostProcess.StartAsync(folders, ledgerArguments))
        {
            using var killed = new CancellationTokenSource();
            var workers = Enumerable.Range(0, 8).Select(w => Task.Run(async () =>
            {
                using var client = host.As(w % 2 == 0 ? "alice" : "bob");
                for (var i = w; i < WorkItems && !killed.IsCancellationRequested; i += 8)
                {
                    try
                    {
                        Interlocked.Increment(ref sent);
                        var (assigned, assignment) = await client.AssignAsync(Id(i));
                        assigned.ShouldBe(HttpStatusCode.Created, host.Log);
                        var id = assignment.Str("id");
                        acknowledged.Add(("assigned", id));
                        Interlocked.Increment(ref sent);
                        (await client.SubmitAsync(id, "src/m" + i + "/file.ts")).Status.ShouldBe(HttpStatusCode.OK);
                        acknowledged.Add(("review", id));
                        Interlocked.Increment(ref sent);
                        (await client.CompleteAsync(id)).Status.ShouldBe(HttpStatusCode.OK);
                        acknowledged.Add(("done", id));
                    }
                    catch (HttpRequestException) when (killed.IsCancellationRequested)
                    {
                        return;
                    }
                }
            })).ToList();

            while (acknowledged.Count < 250 && !workers.All(t => t.IsCompleted))
            {
                await Task.Delay(5, TestContext.Current.CancellationToken);
            }

            killed.Cancel();
            host.Kill();
            await Task.WhenAll(workers);
        }

        acknowledged.Count.ShouldBeGreaterThanOrEqualTo(250);
        acknowledged.Count.ShouldBeLessThan(WorkItems * 3, "the kill came in the middle of the burst");
        var ledger = Path.Combine(folders.Data, ledgerKind == "file" ? "ledger.jsonl" : "ledger.db");
        if (ledgerKind == "file")
        {
            File.AppendAllText(ledger, "{\"seq\":99999,\"type\":\"assig");
        }

        using var restarted = await HostProcess.StartAsync(folders, ledgerArguments);
        if (ledgerKind == "file")
        {
            restarted.Log.ShouldContain("dropped the torn last line");
        }

        using var client = restarted.As("alice");
        await AcknowledgedSteps.ShouldHoldAsync(client, acknowledged);

        var events = ledgerKind == "file" ? LedgerContents.File(ledger) : LedgerContents.Sqlite(ledger);
        events.Count.ShouldBeGreaterThanOrEqualTo(acknowledged.Count);
        events.Select(e => e.GetProperty("seq").GetInt64()).ShouldBe(Enumerable.Range(1, events.Count).Select(i => (long)i));
    }

    private static string Id(int i) => IndependentWorkItems.Id(i);
}
