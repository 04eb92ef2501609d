using System.Net;

namespace Tamer.Spec.Host.Tests;

/// <summary>Many workers at once: exactly one wins a Work Item.</summary>
public sealed class ConcurrencyTests
{
    [Fact]
    public async Task Of_50_concurrent_assignments_of_one_Work_Item_exactly_one_is_201_and_the_ledger_holds_one_event()
    {
        await using var host = await RunningHost.StartAsync(HostFolders.Examples());
        var clients = Enumerable.Range(0, 50).Select(i => host.As(i % 2 == 0 ? "alice" : "bob")).ToList();
        using var start = new ManualResetEventSlim(false);

        var requests = clients.Select(c => Task.Run(
            async () =>
            {
                start.Wait(TestContext.Current.CancellationToken);
                return (await c.AssignAsync("WI-AUTH-0042")).Status;
            },
            TestContext.Current.CancellationToken)).ToList();
        start.Set();
        var statuses = await Task.WhenAll(requests);

        statuses.Count(s => s == HttpStatusCode.Created).ShouldBe(1);
        statuses.Count(s => s == HttpStatusCode.Conflict).ShouldBe(49);
        host.LedgerEvents()
            .Count(e => e.Str("type") == "assigned" && e.Str("workItem") == "WI-AUTH-0042")
            .ShouldBe(1);
    }
}
