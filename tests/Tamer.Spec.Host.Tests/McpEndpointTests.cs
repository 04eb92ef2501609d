using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Tamer.Spec.Testing;

namespace Tamer.Spec.Host.Tests;

/// <summary>
/// The host's <c>/mcp</c>, driven by the reference TypeScript client over streamable HTTP: the HTTP
/// API's authentication, answers and ledger events, as tools.
/// </summary>
public sealed class McpEndpointTests
{
    private static readonly string[] Outside = ["src/auth/login.ts", "src/billing/invoice.ts"];
    private static readonly string[] Inside = ["src/auth/login.ts", "tests/auth/login.test.ts"];

    [Fact]
    public async Task Assign_returns_the_assignment_with_its_scope_and_an_outside_submission_is_a_tool_error_with_the_refusal()
    {
        await using var host = await RunningHost.StartAsync(HostFolders.Examples());

        var first = Run(host, "alice", Call("list_work_items", new JsonObject { ["status"] = "ready" }), Call("assign", new JsonObject { ["work_item"] = "WI-AUTH-0042" }));
        var listed = first[1]!["result"]!["structuredContent"]!["workItems"]!.AsArray();
        var assigned = first[2]!["result"]!;
        var id = assigned["structuredContent"]!["assignmentId"]!.GetValue<string>();
        var second = Run(host, "alice", Call("submit", new JsonObject { ["assignment"] = id, ["changed_files"] = new JsonArray(Outside.Select(p => (JsonNode)p).ToArray()) }), Call("complete", new JsonObject { ["assignment"] = id }));
        var (_, stored) = await host.As("alice").GetJsonAsync("/v1/assignments/" + id);

        listed.ShouldContain(i => i!["id"]!.GetValue<string>() == "WI-AUTH-0042");
        listed.ShouldAllBe(i => i!["status"]!.GetValue<string>() == "ready");
        assigned["isError"].ShouldBeNull(assigned.ToJsonString());
        var assignment = assigned["structuredContent"]!["assignment"]!;
        (assignment["id"]!.GetValue<string>(), assignment["workItemId"]!.GetValue<string>(), assignment["worker"]!.GetValue<string>(), assignment["status"]!.GetValue<string>())
            .ShouldBe((id, "WI-AUTH-0042", "alice", "in_progress"));
        var workItem = assigned["structuredContent"]!["workItem"]!;
        workItem["scope"]!["write"]!.AsArray().Select(w => w!.GetValue<string>()).ShouldContain("src/auth/login.ts");
        workItem["scope"]!["forbidden"]!.AsArray().Select(w => w!.GetValue<string>()).ShouldContain("src/billing/");
        workItem["acceptanceCriteria"]!.AsArray().ShouldNotBeEmpty();
        workItem["invariants"]!.AsArray().ShouldNotBeEmpty();
        workItem["text"]!.GetValue<string>().ShouldStartWith("---\nid: WI-AUTH-0042");

        var refused = second[1]!;
        refused["protocolError"].ShouldBeNull();
        refused["result"]!["isError"]!.GetValue<bool>().ShouldBeTrue();
        var problem = refused["result"]!["structuredContent"]!;
        problem["status"]!.GetValue<int>().ShouldBe(422);
        problem["refusal"]!.AsArray().Select(r => r!.GetValue<string>()).ShouldBe(["TMR1102"]);
        problem["diagnostics"]!.AsArray().Select(d => d!["id"]!.GetValue<string>()).ShouldAllBe(d => d == "TMR1101" || d == "TMR1102" || d == "TMR1103");
        refused["result"]!["content"]![0]!["text"]!.GetValue<string>().ShouldContain("TMR1102");
        second[2]!["result"]!["isError"]!.GetValue<bool>().ShouldBeTrue("an assignment in progress cannot be completed");
        second[2]!["result"]!["structuredContent"]!["status"]!.GetValue<int>().ShouldBe(409);
        stored.Str("status").ShouldBe("in_progress");
    }

    [Fact]
    public async Task A_request_without_a_token_is_401_and_the_client_cannot_connect()
    {
        await using var host = await RunningHost.StartAsync(HostFolders.Examples());
        using var request = new HttpRequestMessage(HttpMethod.Post, "/mcp")
        {
            Content = new StringContent("""{"jsonrpc":"2.0","id":1,"method":"tools/list"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd("application/json");
        request.Headers.Accept.ParseAdd("text/event-stream");

        using var response = await host.Anonymous().SendAsync(request, TestContext.Current.CancellationToken);
        var client = McpClientScript.Run([Call("list_work_items", new JsonObject())], "http", new Uri(host.Address, "/mcp").ToString());

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        response.Headers.WwwAuthenticate.ToString().ShouldBe("Bearer");
        client["connectError"]!.GetValue<string>().ShouldContain("401");
        host.LedgerEvents().ShouldBeEmpty();
    }

    [Fact]
    public async Task The_tools_write_the_same_ledger_events_as_the_HTTP_API()
    {
        await using var overHttp = await RunningHost.StartAsync(HostFolders.Examples());
        var alice = overHttp.As("alice");
        var httpId = (await alice.AssignAsync("WI-AUTH-0042")).Body.Str("id");
        (await alice.SubmitAsync(httpId, Outside)).Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await alice.SubmitAsync(httpId, Inside)).Status.ShouldBe(HttpStatusCode.OK);
        (await alice.CompleteAsync(httpId)).Status.ShouldBe(HttpStatusCode.OK);
        (await overHttp.As("carol").AssignAsync("WI-AUTH-0042")).Status.ShouldBe(HttpStatusCode.Forbidden);

        await using var overMcp = await RunningHost.StartAsync(HostFolders.Examples());
        var mcpId = Run(overMcp, "alice", Call("assign", new JsonObject { ["work_item"] = "WI-AUTH-0042" }))[1]!["result"]!["structuredContent"]!["assignmentId"]!.GetValue<string>();
        var results = Run(
            overMcp,
            "alice",
            Call("submit", new JsonObject { ["assignment"] = mcpId, ["changed_files"] = new JsonArray(Outside.Select(p => (JsonNode)p).ToArray()) }),
            Call("submit", new JsonObject { ["assignment"] = mcpId, ["changed_files"] = new JsonArray(Inside.Select(p => (JsonNode)p).ToArray()) }),
            Call("complete", new JsonObject { ["assignment"] = mcpId }));
        var byLead = Run(overMcp, "carol", Call("assign", new JsonObject { ["work_item"] = "WI-AUTH-0042" }))[1]!["result"]!;

        results[2]!["result"]!["structuredContent"]!["assignment"]!["status"]!.GetValue<string>().ShouldBe("review");
        results[3]!["result"]!["structuredContent"]!["assignment"]!["status"]!.GetValue<string>().ShouldBe("done");
        byLead["isError"]!.GetValue<bool>().ShouldBeTrue();
        byLead["structuredContent"]!["status"]!.GetValue<int>().ShouldBe(403);
        byLead["structuredContent"]!["detail"]!.GetValue<string>().ShouldBe("this request needs the role worker; the token of 'carol' has lead");
        Normalized(overMcp.LedgerEvents(), mcpId).ShouldBe(Normalized(overHttp.LedgerEvents(), httpId));
        overMcp.LedgerEvents().Select(e => e.Str("type")).ShouldBe(["assigned", "drift-refused", "submitted", "completed"]);
    }

    [Fact]
    public async Task Scope_requests_are_tools_a_worker_asks_a_lead_decides_and_the_widened_scope_lets_the_change_through()
    {
        await using var host = await RunningHost.StartAsync(HostFolders.Examples());
        var id = Run(host, "alice", Call("assign", new JsonObject { ["work_item"] = "WI-AUTH-0042" }))[1]!["result"]!["structuredContent"]!["assignmentId"]!.GetValue<string>();
        var asked = Run(
            host,
            "alice",
            Call("submit", new JsonObject { ["assignment"] = id, ["changed_files"] = new JsonArray("src/auth/login.ts", "src/middleware/limit.ts") }),
            Call("request_scope", new JsonObject { ["assignment"] = id, ["paths"] = new JsonArray("src/middleware/limit.ts"), ["reason"] = "the limiter is middleware" }),
            Call("decide_scope_request", new JsonObject { ["request"] = "none", ["decision"] = "approve", ["reason"] = "mine" }));
        var requestId = asked[2]!["result"]!["structuredContent"]!["id"]!.GetValue<string>();
        var decided = Run(
            host,
            "carol",
            Call("list_scope_requests", new JsonObject { ["state"] = "pending" }),
            Call("decide_scope_request", new JsonObject { ["request"] = requestId, ["decision"] = "approve", ["reason"] = "middleware is where limits live" }));
        var submitted = Run(host, "alice", Call("submit", new JsonObject { ["assignment"] = id, ["changed_files"] = new JsonArray("src/auth/login.ts", "src/middleware/limit.ts") }));

        asked[1]!["result"]!["structuredContent"]!["refusal"]!.AsArray().Select(r => r!.GetValue<string>()).ShouldBe(["TMR1103"], "src/middleware/ is read-only for this Work Item");
        asked[2]!["result"]!["structuredContent"]!["state"]!.GetValue<string>().ShouldBe("pending");
        asked[3]!["result"]!["structuredContent"]!["status"]!.GetValue<int>().ShouldBe(403, "a worker without the lead role cannot decide");
        decided[1]!["result"]!["structuredContent"]!["scopeRequests"]!.AsArray().Select(r => r!["id"]!.GetValue<string>()).ShouldBe([requestId]);
        decided[2]!["result"]!["structuredContent"]!["state"]!.GetValue<string>().ShouldBe("approved");
        submitted[1]!["result"]!["isError"].ShouldBeNull(submitted.ToJsonString());
        submitted[1]!["result"]!["structuredContent"]!["assignment"]!["status"]!.GetValue<string>().ShouldBe("review");
        host.LedgerEvents().Select(e => e.Str("type")).ShouldBe(["assigned", "drift-refused", "scope-requested", "scope-decided", "submitted"]);
    }

    [Fact]
    public async Task Lint_takes_text_only_and_answers_as_the_lint_endpoint()
    {
        await using var host = await RunningHost.StartAsync(HostFolders.Examples());
        var text = File.ReadAllText(Path.Combine(host.Folders.WorkItems, "auth-login-rate-limit.md")).Replace("status: ready", "status: doing", StringComparison.Ordinal);
        using var content = new StringContent(text, Encoding.UTF8, "text/markdown");
        using var response = await host.As("bob").PostAsync("/v1/work-items/lint?path=draft.md", content, TestContext.Current.CancellationToken);
        var overHttp = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;

        var results = Run(
            host,
            "bob",
            Call("lint", new JsonObject { ["text"] = text, ["path"] = "draft.md" }),
            Call("lint", new JsonObject { ["path"] = "work-items/auth-login-rate-limit.md" }),
            Call("lint", new JsonObject { ["text"] = new string('x', 1024 * 1024 + 1) }),
            Call("explain", new JsonObject { ["id"] = "TMR1102" }));

        results[1]!["result"]!["structuredContent"]!.ToJsonString().ShouldBe(overHttp.ToJsonString());
        results[1]!["result"]!["structuredContent"]!["diagnostics"]!.AsArray().ShouldContain(d => d!["id"]!.GetValue<string>() == "TMR0007");
        results[2]!["result"]!["isError"]!.GetValue<bool>().ShouldBeTrue("a path is never read: the host lints text only");
        results[3]!["result"]!["structuredContent"]!["status"]!.GetValue<int>().ShouldBe(413);
        results[4]!["result"]!["structuredContent"]!["markdown"]!.GetValue<string>().ShouldContain("TMR1102");
    }

    [Fact]
    public async Task Hostile_texts_get_diagnostics_or_the_size_limit_as_a_tool_error_and_the_host_keeps_answering()
    {
        await using var host = await RunningHost.StartAsync(HostFolders.Examples());
        using var folder = new TemporaryDirectory();
        var steps = new JsonArray();

        // Every input is sent as lint text, the 50 MB one included: /mcp reads a tool call over its
        // body limit to its end without keeping it and answers it as the lint endpoint's 413.
        var names = HostileInputs.Names.ToList();
        foreach (var name in names)
        {
            var input = folder.WriteBytes(name + ".bin", HostileInputs.Create(name).Bytes);
            steps.Add(new JsonObject { ["op"] = "call", ["name"] = "lint", ["arguments"] = new JsonObject { ["path"] = name + ".md" }, ["textFromFile"] = input });
        }

        var oversized = folder.Write("oversized.md", "---\nid: WI-BIG-0002\n---\n" + new string('x', 2 * 1024 * 1024));
        steps.Add(new JsonObject { ["op"] = "call", ["name"] = "lint", ["arguments"] = new JsonObject(), ["textFromFile"] = oversized });
        steps.Add(Call("list_work_items", new JsonObject()));
        var outcome = McpClientScript.Run(steps, "http", new Uri(host.Address, "/mcp").ToString(), RunningHost.Tokens["bob"]);
        var results = outcome["results"]!.AsArray();

        for (var i = 0; i < names.Count; i++)
        {
            results[i + 1]!["protocolError"].ShouldBeNull(names[i]);
            var result = results[i + 1]!["result"]!;
            if (HostileInputs.Create(names[i]).Bytes.Length > Tamer.Spec.Host.Endpoints.WorkItemEndpoints.MaxBodyBytes)
            {
                result["isError"]!.GetValue<bool>().ShouldBeTrue(names[i]);
                result["structuredContent"]!["status"]!.GetValue<int>().ShouldBe(413, names[i]);
                result["content"]![0]!["text"]!.GetValue<string>().ShouldContain("over 1048576 bytes", customMessage: names[i]);
            }
            else
            {
                result["structuredContent"]!["diagnostics"]!.AsArray().ShouldNotBeEmpty(names[i]);
            }
        }

        var tooLarge = results[names.Count + 1]!["result"]!;
        tooLarge["isError"]!.GetValue<bool>().ShouldBeTrue();
        tooLarge["structuredContent"]!["status"]!.GetValue<int>().ShouldBe(413);
        tooLarge["content"]![0]!["text"]!.GetValue<string>().ShouldContain("over 1048576 bytes");
        results[names.Count + 2]!["result"]!["structuredContent"]!["workItems"]!.AsArray().ShouldNotBeEmpty();
    }

    [Fact]
    public async Task Submit_carries_test_runs_and_a_run_that_leaves_a_criterion_unproven_is_a_tool_error()
    {
        await using var host = await RunningHost.StartAsync(HostFolders.Fixture("chain"), "--evidence", "required");
        var id = (await host.As("alice").AssignAsync("WI-CHAIN-A")).Body.Str("id");
        JsonObject Submit(params (string Name, bool Passed)[] cases) => Call("submit", new JsonObject
        {
            ["assignment"] = id,
            ["changed_files"] = new JsonArray("src/attempts/store.ts"),
            ["test_runs"] = new JsonArray(new JsonObject { ["name"] = "jest.xml", ["content"] = EvidenceHttp.JUnit(cases) }),
        });

        var answers = Run(
            host,
            "alice",
            Submit(("WI-CHAIN-A/AC-1 counts a new ip", true)),
            Submit(("WI-CHAIN-A/AC-1 counts a new ip", true), ("WI-CHAIN-A/AC-2 forgets attempts after 60 s", true)));

        answers[1]!["result"]!["isError"]!.GetValue<bool>().ShouldBeTrue(answers.ToJsonString());
        answers[1]!["result"]!.ToJsonString().ShouldContain("TMR6004");
        answers[2]!["result"]!["isError"].ShouldBeNull(answers.ToJsonString());
        answers[2]!["result"]!["structuredContent"]!["assignment"]!["status"]!.GetValue<string>().ShouldBe("review");
        host.LedgerEvents().Select(e => e.Str("type")).ShouldBe(["assigned", "evidence-refused", "submitted"]);
    }

    private static JsonArray Run(RunningHost host, string worker, params JsonObject[] steps)
    {
        var outcome = McpClientScript.Run(new JsonArray(steps), "http", new Uri(host.Address, "/mcp").ToString(), RunningHost.Tokens[worker]);
        outcome["connectError"].ShouldBeNull(outcome.ToJsonString());
        return outcome["results"]!.AsArray();
    }

    private static JsonObject Call(string name, JsonObject arguments) => new() { ["op"] = "call", ["name"] = name, ["arguments"] = arguments };

    // The events without what differs between two runs by nature: the time and the assignment's generated id.
    private static List<string> Normalized(IReadOnlyList<JsonElement> events, string assignmentId) =>
        events.Select(e =>
        {
            var node = JsonNode.Parse(e.GetRawText())!.AsObject();
            node.Remove("at");
            if (node["assignment"]?.GetValue<string>() == assignmentId)
            {
                node["assignment"] = "(the assignment)";
            }

            return node.ToJsonString();
        }).ToList();
}
