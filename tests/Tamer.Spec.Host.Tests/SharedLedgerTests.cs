using System.Collections.Concurrent;
using System.Net;

namespace Tamer.Spec.Host.Tests;

/// <summary>
/// Two host processes on one PostgreSQL database (a throwaway server, see <see cref="PostgresCluster"/>):
/// racing clients get each Work Item exactly once, each host sees the other's changes, and a host
/// killed in the middle of a burst loses nothing it acknowledged while the other keeps serving.
/// </summary>
public sealed class SharedLedgerTests(SharedPostgres postgres)
{
    [Fact]
    public async Task Two_hosts_on_one_database_assign_each_of_20_Work_Items_exactly_once_to_32_racing_clients()
    {
        var database = await postgres.CreateDatabaseAsync();
        using var folders = IndependentWorkItems.Folders(20);
        using var first = await HostProcess.StartAsync(folders, "--ledger", "postgres:" + database);
        using var second = await HostProcess.StartAsync(folders, "--ledger", "postgres:" + database);
        HostProcess[] hosts = [first, second];
        foreach (var host in hosts)
        {
            using var warm = host.As("alice");
            (await warm.GetJsonAsync("/v1/work-items")).Status.ShouldBe(HttpStatusCode.OK, "both hosts are warm before the race");
        }

        var answers = new ConcurrentBag<(string WorkItem, int Host, HttpStatusCode Status, string? Assignment)>();
        using var start = new ManualResetEventSlim(false);

        var clients = Enumerable.Range(0, 32).Select(c => Task.Run(
            async () =>
            {
                using var client = hosts[c % 2].As(c % 4 < 2 ? "alice" : "bob");
                start.Wait(TestContext.Current.CancellationToken);
                foreach (var i in Enumerable.Range(0, 20).OrderBy(i => (i * 7 + c * 13) % 20))
                {
                    var (status, body) = await client.AssignAsync(IndependentWorkItems.Id(i));
                    answers.Add((IndependentWorkItems.Id(i), c % 2, status, status == HttpStatusCode.Created ? body.Str("id") : null));
                }
            },
            TestContext.Current.CancellationToken)).ToList();
        start.Set();
        await Task.WhenAll(clients);

        answers.Count.ShouldBe(32 * 20);
        answers.Where(a => a.Status != HttpStatusCode.Created && a.Status != HttpStatusCode.Conflict).ShouldBeEmpty(first.Log + second.Log);
        foreach (var group in answers.GroupBy(a => a.WorkItem))
        {
            group.Count(a => a.Status == HttpStatusCode.Created).ShouldBe(1, group.Key);
        }

        var assigned = LedgerContents.Postgres(database).Where(e => e.Str("type") == "assigned").ToList();
        assigned.Select(e => e.Str("workItem")).Order().ShouldBe(Enumerable.Range(0, 20).Select(IndependentWorkItems.Id));
        assigned.Select(e => e.Str("assignment")).Order().ShouldBe(answers.Where(a => a.Status == HttpStatusCode.Created).Select(a => a.Assignment!).Order());

        // Each host shows the assignments the other made.
        using var alice = first.As("alice");
        using var bob = second.As("bob");
        foreach (var (workItem, host, _, assignment) in answers.Where(a => a.Status == HttpStatusCode.Created))
        {
            var (status, stored) = await (host == 0 ? bob : alice).GetJsonAsync("/v1/assignments/" + assignment);
            status.ShouldBe(HttpStatusCode.OK, workItem);
            stored.Str("workItemId").ShouldBe(workItem);
        }
    }

    [Fact]
    public async Task A_host_sees_the_other_hosts_change_without_a_request_of_its_own()
    {
        var database = await postgres.CreateDatabaseAsync();
        using var folders = IndependentWorkItems.Folders(2);
        using var first = await HostProcess.StartAsync(folders, "--ledger", "postgres:" + database);
        using var second = await HostProcess.StartAsync(folders, "--ledger", "postgres:" + database);
        using var alice = first.As("alice");
        using var bob = second.As("bob");

        var (assigned, assignment) = await alice.AssignAsync(IndependentWorkItems.Id(0));
        assigned.ShouldBe(HttpStatusCode.Created);

        string? seen = null;
        for (var attempt = 0; attempt < 50 && seen != "in_progress"; attempt++)
        {
            var (_, item) = await bob.GetJsonAsync("/v1/work-items/" + IndependentWorkItems.Id(0));
            seen = item.Str("status");
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        seen.ShouldBe("in_progress", "the second host follows the database within seconds");
        var (_, list) = await bob.GetJsonAsync("/v1/work-items");
        list.EnumerateArray().Single(w => w.Str("id") == IndependentWorkItems.Id(0)).GetProperty("assignment").Str("id").ShouldBe(assignment.Str("id"));
        (await bob.AssignAsync(IndependentWorkItems.Id(0))).Status.ShouldBe(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_SIGKILL_of_one_host_mid_burst_loses_nothing_acknowledged_and_the_other_keeps_serving()
    {
        const int count = 120;
        var database = await postgres.CreateDatabaseAsync();
        using var folders = IndependentWorkItems.Folders(count);
        var acknowledged = new ConcurrentBag<(string Step, string Assignment)>();
        var victim = await HostProcess.StartAsync(folders, "--ledger", "postgres:" + database);
        using var survivor = await HostProcess.StartAsync(folders, "--ledger", "postgres:" + database);
        HostProcess[] hosts = [victim, survivor];
        using var killed = new CancellationTokenSource();
        var finishedOnSurvivor = 0;

        var loops = Enumerable.Range(0, 8).Select(w => Task.Run(async () =>
        {
            var host = hosts[w % 2];
            using var client = host.As(w % 4 < 2 ? "alice" : "bob");
            for (var i = w; i < count; i += 8)
            {
                try
                {
                    var (assigned, assignment) = await client.AssignAsync(IndependentWorkItems.Id(i));
                    assigned.ShouldBe(HttpStatusCode.Created, host.Log);
                    var id = assignment.Str("id");
                    acknowledged.Add(("assigned", id));
                    (await client.SubmitAsync(id, "src/m" + i + "/file.ts")).Status.ShouldBe(HttpStatusCode.OK);
                    acknowledged.Add(("review", id));
                    (await client.CompleteAsync(id)).Status.ShouldBe(HttpStatusCode.OK);
                    acknowledged.Add(("done", id));
                    if (host == survivor)
                    {
                        Interlocked.Increment(ref finishedOnSurvivor);
                    }
                }
                catch (HttpRequestException) when (host == victim && killed.IsCancellationRequested)
                {
                    return;
                }
            }
        })).ToList();

        while (acknowledged.Count < 90 && !loops.All(t => t.IsCompleted))
        {
            await Task.Delay(5, TestContext.Current.CancellationToken);
        }

        killed.Cancel();
        victim.Kill();
        victim.Dispose();
        await Task.WhenAll(loops);

        finishedOnSurvivor.ShouldBe(count / 2, "the surviving host served every request of its clients");
        acknowledged.Count.ShouldBeLessThan(count * 3, "the kill came in the middle of the burst");
        var events = LedgerContents.Postgres(database);
        events.Select(e => e.GetProperty("seq").GetInt64()).ShouldBe(Enumerable.Range(1, events.Count).Select(i => (long)i));
        events.Count.ShouldBeGreaterThanOrEqualTo(acknowledged.Count);

        using var restarted = await HostProcess.StartAsync(folders, "--ledger", "postgres:" + database);
        using var client = restarted.As("alice");
        await AcknowledgedSteps.ShouldHoldAsync(client, acknowledged);

        var (_, fromRestarted) = await client.GetJsonAsync("/v1/work-items");
        var (_, fromSurvivor) = await survivor.As("bob").GetJsonAsync("/v1/work-items");
        fromRestarted.GetRawText().ShouldBe(fromSurvivor.GetRawText(), "the restarted host serves the state the other one serves");
    }
}
