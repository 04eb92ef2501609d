using System.Collections.Concurrent;
using System.Net;
using Microsoft.Data.Sqlite;
using Tamer.Spec.Host.Auth;
using Tamer.Spec.Host.Ledger;

namespace Tamer.Spec.Host.Tests;

/// <summary>
/// Scope requests and decisions as ledger events: replayed after a restart and after a SIGKILL in
/// the middle of a burst of decisions (none lost, none doubled), a database of the first schema
/// version upgraded at start, and the roles column of the token file.
/// </summary>
public sealed class ScopeLedgerTests
{
    private const int Requests = 80;

    [Fact]
    public async Task Every_acknowledged_decision_survives_a_SIGKILL_mid_burst_and_none_is_doubled()
    {
        using var folders = IndependentWorkItems.Folders(Requests);
        var requests = new Dictionary<string, (string Assignment, int Item)>();
        var acknowledged = new ConcurrentDictionary<string, string>();
        using (var host = await HostProcess.StartAsync(folders))
        {
            using var alice = host.As("alice");
            for (var i = 0; i < Requests; i++)
            {
                var assignment = (await alice.AssignAsync(IndependentWorkItems.Id(i))).Body.Str("id");
                var (asked, request) = await alice.RequestScopeAsync(assignment, "needs src/extra-" + i + ".ts", "src/extra-" + i + ".ts");
                asked.ShouldBe(HttpStatusCode.Accepted, host.Log);
                requests[request.Str("id")] = (assignment, i);
            }

            using var killed = new CancellationTokenSource();
            var ids = requests.Keys.ToList();
            var leads = Enumerable.Range(0, 4).Select(l => Task.Run(async () =>
            {
                using var lead = host.As(l % 2 == 0 ? "carol" : "dave");
                for (var n = l; n < ids.Count && !killed.IsCancellationRequested; n += 4)
                {
                    var decision = requests[ids[n]].Item % 2 == 0 ? "approve" : "deny";
                    try
                    {
                        var (status, _) = await lead.DecideAsync(ids[n], decision, "decided in the burst");
                        status.ShouldBe(HttpStatusCode.OK, host.Log);
                        acknowledged[ids[n]] = decision == "approve" ? "approved" : "denied";
                    }
                    catch (HttpRequestException) when (killed.IsCancellationRequested)
                    {
                        return;
                    }
                }
            })).ToList();

            while (acknowledged.Count < 30 && !leads.All(t => t.IsCompleted))
            {
                await Task.Delay(2, TestContext.Current.CancellationToken);
            }

            killed.Cancel();
            host.Kill();
            await Task.WhenAll(leads);
        }

        acknowledged.Count.ShouldBeGreaterThanOrEqualTo(30);
        acknowledged.Count.ShouldBeLessThan(Requests, "the kill came in the middle of the burst");
        var decisions = LedgerContents.Sqlite(Path.Combine(folders.Data, "ledger.db")).Where(e => e.Str("type") == "scope-decided").ToList();
        decisions.GroupBy(e => e.Str("request")).ShouldAllBe(g => g.Count() == 1, "no request is decided twice");

        using var restarted = await HostProcess.StartAsync(folders);
        using var client = restarted.As("alice");
        using var carol = restarted.As("carol");
        foreach (var (id, state) in acknowledged)
        {
            var (status, stored) = await client.GetJsonAsync("/v1/scope-requests/" + id);
            status.ShouldBe(HttpStatusCode.OK);
            stored.Str("state").ShouldBe(state, id);
            (await carol.DecideAsync(id, "approve", "again")).Status.ShouldBe(HttpStatusCode.Conflict, "a decided request stays decided");
        }

        foreach (var (id, state) in acknowledged.Take(6))
        {
            var (assignment, item) = requests[id];
            var (submitted, _) = await client.SubmitAsync(assignment, "src/m" + item + "/a.ts", "src/extra-" + item + ".ts");
            submitted.ShouldBe(state == "approved" ? HttpStatusCode.OK : HttpStatusCode.UnprocessableEntity, "the grant after replay: " + id);
        }
    }

    [Fact]
    public async Task A_database_of_schema_version_1_is_upgraded_at_start_and_keeps_its_events()
    {
        using var folders = IndependentWorkItems.Folders(1);
        Directory.CreateDirectory(folders.Data);
        var path = Path.Combine(folders.Data, "ledger.db");
        using (var connection = new SqliteConnection("Data Source=" + path + ";Pooling=False"))
        {
            connection.Open();
            var version1 = LedgerSchema.Versions.Single(v => v.Version == 1);
            foreach (var statement in new[] { LedgerSchema.VersionTable, "INSERT INTO ledger_schema VALUES (1, 'earlier')" }.Concat(version1.Sqlite))
            {
                LedgerContents.Query(connection, statement);
            }

            LedgerContents.Query(connection, "INSERT INTO ledger_events (seq, type, at, worker, assignment_id, work_item_id, data) VALUES (1, 'assigned', '2026-11-21T09:00:00+00:00', 'alice', 'A1', '" + IndependentWorkItems.Id(0) + "', '{\"seq\":1,\"type\":\"assigned\",\"at\":\"2026-11-21T09:00:00+00:00\",\"assignment\":\"A1\",\"workItem\":\"" + IndependentWorkItems.Id(0) + "\",\"worker\":\"alice\"}')");
        }

        await using (var host = await RunningHost.StartAsync(folders))
        {
            host.KeepFolders = true;
            var alice = host.As("alice");
            (await alice.GetJsonAsync("/v1/assignments/A1")).Body.Str("status").ShouldBe("in_progress");
            var (asked, request) = await alice.RequestScopeAsync("A1", "one more file", "src/extra.ts");
            asked.ShouldBe(HttpStatusCode.Accepted);
            (await host.As("carol").DecideAsync(request.Str("id"), "approve", "fine")).Status.ShouldBe(HttpStatusCode.OK);
        }

        using var check = new SqliteConnection("Data Source=" + path + ";Pooling=False");
        check.Open();
        LedgerContents.Query(check, "SELECT version FROM ledger_schema ORDER BY version").Select(r => r[0]).ShouldBe(["1", "2", "3"]);
        LedgerContents.Query(check, "SELECT requested_by, state, decided_by FROM scope_requests").Single().ShouldBe(["alice", "approved", "carol"]);
        LedgerContents.Query(check, "SELECT seq, type, subject_id FROM ledger_events ORDER BY seq").Select(r => r[1] + " " + (r[2] == "NULL" ? "-" : r[2][..1])).ShouldBe(["assigned -", "scope-requested S", "scope-decided S"]);
    }

    [Fact]
    public void The_roles_column_is_optional_and_an_unknown_role_names_its_line()
    {
        var hash = WorkerTokens.HashOf("t");
        var tokens = WorkerTokens.Parse("tokens", ["alice " + WorkerTokens.HashOf("a"), "carol " + WorkerTokens.HashOf("c") + " lead,reviewer"]);

        tokens.Find("a")!.Roles.ShouldBe([Role.Worker]);
        tokens.Find("c")!.Roles.Order().ShouldBe([Role.Reviewer, Role.Lead]);
        Should.Throw<HostStartException>(() => WorkerTokens.Parse("tokens", ["# team", "carol " + hash + " lead,admin"]))
            .Message.ShouldBe("tokens(2): 'admin' is not a role; the roles are worker, reviewer and lead, separated by commas");
        Should.Throw<HostStartException>(() => WorkerTokens.Parse("tokens", ["carol " + hash + " lead extra"]))
            .Message.ShouldStartWith("tokens(1): expected 'worker-name sha256-hex', found 4 fields");
    }

    [Fact]
    public async Task The_OpenAPI_document_states_the_roles_each_endpoint_needs()
    {
        await using var host = await RunningHost.StartAsync(HostFolders.Examples());

        var (_, document) = await host.Anonymous().GetJsonAsync("/openapi/v1.json");

        var paths = document.GetProperty("paths");
        string[] Roles(string path, string method) => paths.GetProperty(path).GetProperty(method).GetProperty("x-roles").EnumerateArray().Select(e => e.GetString()!).ToArray();
        Roles("/v1/scope-requests/{requestId}/decision", "post").ShouldBe(["lead"]);
        Roles("/v1/assignments/{assignmentId}/scope-requests", "post").ShouldBe(["worker"]);
        Roles("/v1/work-items/{id}/assignments", "post").ShouldBe(["worker"]);
        Roles("/v1/work-items", "get").ShouldBe(["worker", "reviewer", "lead"]);
        paths.GetProperty("/v1/scope-requests/{requestId}/decision").GetProperty("post").Str("description").ShouldContain("Roles: lead.");
        paths.GetProperty("/v1/scope-requests/{requestId}/decision").GetProperty("post").GetProperty("responses").EnumerateObject().Select(r => r.Name).Order()
            .ShouldBe(["200", "400", "401", "403", "404", "409"]);
    }
}
