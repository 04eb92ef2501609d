using System.Net;
using System.Text;

namespace Tamer.Spec.Host.Tests;

/// <summary>The ledger through restarts: replayed at start; in the file ledger, a torn last line dropped and a damaged one refused.</summary>
public sealed class LedgerTests
{
    [Theory]
    [InlineData("sqlite:")]
    [InlineData("file:")]
    public async Task A_restarted_host_knows_every_acknowledged_change(string ledger)
    {
        using var folders = HostFolders.Fixture("chain");
        string id;
        await using (var first = await RunningHost.StartAsync(folders, "--ledger", ledger))
        {
            first.KeepFolders = true;
            var alice = first.As("alice");
            id = (await alice.AssignAsync("WI-CHAIN-A")).Body.Str("id");
            await alice.SubmitAsync(id, "src/attempts/store.ts");
        }

        await using var second = await RunningHost.StartAsync(folders, "--ledger", ledger);
        var (_, stored) = await second.As("alice").GetJsonAsync("/v1/assignments/" + id);
        stored.Str("status").ShouldBe("review");
        (await second.As("bob").AssignAsync("WI-CHAIN-A")).Status.ShouldBe(HttpStatusCode.Conflict);
        (await second.As("alice").CompleteAsync(id)).Status.ShouldBe(HttpStatusCode.OK);
        (await second.As("bob").AssignAsync("WI-CHAIN-B")).Status.ShouldBe(HttpStatusCode.Created);
    }

    [Theory]
    [InlineData("{\"seq\":2,\"type\":\"submi")]
    [InlineData("{\"seq\":2,\"type\":\"submitted\",\"at\":\"2026-01-01T00:00:00+00:00\",\"assignment\":\"A1\",\"workItem\":\"WI-CHAIN-A\",\"worker\":\"alice\"}")]
    [InlineData("\0\0\0\0\n")]
    public async Task A_torn_last_line_is_dropped_and_the_host_starts(string torn)
    {
        using var folders = HostFolders.Fixture("chain");
        string id;
        await using (var first = await RunningHost.StartAsync(folders, "--ledger", "file:"))
        {
            first.KeepFolders = true;
            id = (await first.As("alice").AssignAsync("WI-CHAIN-A")).Body.Str("id");
        }

        var ledger = Path.Combine(folders.Data, "ledger.jsonl");
        var intact = File.ReadAllBytes(ledger);
        File.AppendAllText(ledger, torn);

        await using var second = await RunningHost.StartAsync(folders, "--ledger", "file:");
        var (_, stored) = await second.As("alice").GetJsonAsync("/v1/assignments/" + id);
        stored.Str("status").ShouldBe("in_progress");
        File.ReadAllBytes(ledger).ShouldBe(intact, "the torn line is cut off, so the next event starts a line of its own");
        (await second.As("alice").SubmitAsync(id, "src/attempts/store.ts")).Status.ShouldBe(HttpStatusCode.OK);
        File.ReadAllLines(ledger).Length.ShouldBe(2);
    }

    [Theory]
    [InlineData("garbage\n", "(1): not a ledger event")]
    [InlineData("{\"seq\":7,\"type\":\"assigned\",\"at\":\"2026-01-01T00:00:00+00:00\",\"assignment\":\"A1\",\"workItem\":\"WI-CHAIN-A\",\"worker\":\"alice\"}\n", "(1): event number 7 where 1 was due")]
    [InlineData("{\"seq\":1,\"type\":\"completed\",\"at\":\"2026-01-01T00:00:00+00:00\",\"assignment\":\"A1\",\"workItem\":\"WI-CHAIN-A\",\"worker\":\"alice\"}\n", "ledger line 1: assignment A1 was never assigned")]
    public void A_damaged_ledger_stops_the_start_with_the_line(string firstLine, string expected)
    {
        using var folders = HostFolders.Fixture("chain");
        Directory.CreateDirectory(folders.Data);
        var good = "{\"seq\":2,\"type\":\"assigned\",\"at\":\"2026-01-01T00:00:00+00:00\",\"assignment\":\"A2\",\"workItem\":\"WI-CHAIN-B\",\"worker\":\"bob\"}\n";
        var content = firstLine + good;
        File.WriteAllText(Path.Combine(folders.Data, "ledger.jsonl"), content);

        var failure = Should.Throw<HostStartException>(() => HostApplication.Build([.. folders.Arguments(), "--ledger", "file:"]));

        failure.Message.ShouldContain(expected);
        File.ReadAllText(Path.Combine(folders.Data, "ledger.jsonl"), Encoding.UTF8).ShouldBe(content, "a damaged ledger is never rewritten");
    }

    [Fact]
    public void A_whole_last_event_that_does_not_follow_is_damage_not_a_torn_write()
    {
        using var folders = HostFolders.Fixture("chain");
        Directory.CreateDirectory(folders.Data);
        var content =
            "{\"seq\":1,\"type\":\"assigned\",\"at\":\"2026-01-01T00:00:00+00:00\",\"assignment\":\"A1\",\"workItem\":\"WI-CHAIN-A\",\"worker\":\"alice\"}\n" +
            "{\"seq\":5,\"type\":\"assigned\",\"at\":\"2026-01-01T00:00:00+00:00\",\"assignment\":\"A2\",\"workItem\":\"WI-CHAIN-B\",\"worker\":\"bob\"}\n";
        File.WriteAllText(Path.Combine(folders.Data, "ledger.jsonl"), content);

        Should.Throw<HostStartException>(() => HostApplication.Build([.. folders.Arguments(), "--ledger", "file:"])).Message.ShouldContain("(2): event number 5 where 2 was due");
        File.ReadAllText(Path.Combine(folders.Data, "ledger.jsonl"), Encoding.UTF8).ShouldBe(content);
    }
}
