using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Tamer.Spec.Testing;

namespace Tamer.Spec.Host.Tests;

/// <summary>The list, one Work Item's diagnostics (the same items as tamer-lint's JSON), and linting a posted Work Item.</summary>
public sealed class WorkItemEndpointTests
{
    [Fact]
    public async Task The_list_gives_every_Work_Item_with_its_status_decision_and_counts()
    {
        await using var host = await RunningHost.StartAsync(HostFolders.Examples());

        var (status, list) = await host.As("alice").GetJsonAsync("/v1/work-items");

        status.ShouldBe(HttpStatusCode.OK);
        var items = list.EnumerateArray().ToDictionary(i => i.Str("id"));
        items.Count.ShouldBe(10);
        items.Values.Where(i => i.GetProperty("refused").GetBoolean()).Select(i => i.Str("id")).Order()
            .ShouldBe(["WI-API-0100", "WI-CYCLE-A", "WI-CYCLE-B", "WI-PROFILE-0005", "WI-UI-0007"]);
        items["WI-UI-0007"].Str("status").ShouldBe("draft");
        items["WI-UI-0007"].GetProperty("errors").GetInt32().ShouldBe(3);
        items["WI-ADMIN-0012"].GetProperty("warnings").GetInt32().ShouldBe(1);
        items["WI-AUTH-IMPL"].Str("status").ShouldBe("in_progress");
        items["WI-AUTH-0042"].Str("path").ShouldBe("auth-login-rate-limit.md");
    }

    [Fact]
    public async Task Each_Work_Items_diagnostics_are_the_items_tamer_lint_reports_in_JSON()
    {
        await using var host = await RunningHost.StartAsync(HostFolders.Examples());
        var (exitCode, report) = BuiltTools.TamerLint(host.Folders.WorkItems, "--format", "json", ".");
        exitCode.ShouldBe(1);
        using var cli = JsonDocument.Parse(report);

        var compared = 0;
        foreach (var file in cli.RootElement.GetProperty("files").EnumerateArray())
        {
            var (status, item) = await host.As("alice").GetJsonAsync("/v1/work-items/" + file.Str("id"));
            status.ShouldBe(HttpStatusCode.OK);
            item.Str("path").ShouldBe(file.Str("path"));
            item.GetProperty("refused").GetBoolean().ShouldBe(file.GetProperty("refused").GetBoolean());
            Compact(item.GetProperty("diagnostics")).ShouldBe(Compact(file.GetProperty("diagnostics")), file.Str("path"));
            compared += item.GetProperty("diagnostics").GetArrayLength();
        }

        compared.ShouldBeGreaterThan(15);
    }

    [Fact]
    public async Task Inside_a_repository_the_other_Work_Items_it_includes_are_context_as_for_tamer_lint()
    {
        using var folders = HostFolders.Fixture("chain");
        Directory.CreateDirectory(Path.Combine(folders.Root, ".git"));
        var dependency = Path.Combine(folders.WorkItems, "chain-a.md");
        Directory.CreateDirectory(Path.Combine(folders.Root, "done"));
        File.WriteAllText(Path.Combine(folders.Root, "done", "chain-a.wi.md"), File.ReadAllText(dependency).Replace("status: ready", "status: done", StringComparison.Ordinal));
        File.Delete(dependency);
        await using var host = await RunningHost.StartAsync(folders);
        host.KeepFolders = true;
        var (exitCode, report) = BuiltTools.TamerLint(folders.Root, "--format", "json", "work-items");
        using var cli = JsonDocument.Parse(report);
        var file = cli.RootElement.GetProperty("files").EnumerateArray().Single();

        var (status, item) = await host.As("alice").GetJsonAsync("/v1/work-items/WI-CHAIN-B");
        var (_, list) = await host.As("alice").GetJsonAsync("/v1/work-items");

        exitCode.ShouldBe(0);
        status.ShouldBe(HttpStatusCode.OK);
        item.Str("path").ShouldBe("work-items/chain-b.md");
        item.Str("path").ShouldBe(file.Str("path"));
        item.GetProperty("refused").GetBoolean().ShouldBeFalse();
        Compact(item.GetProperty("diagnostics")).ShouldBe(Compact(file.GetProperty("diagnostics")));
        list.EnumerateArray().Select(i => i.Str("id")).ShouldBe(["WI-CHAIN-B"], "context is not served");
        (await host.As("alice").AssignAsync("WI-CHAIN-A")).Status.ShouldBe(HttpStatusCode.NotFound);
        (await host.As("alice").AssignAsync("WI-CHAIN-B")).Status.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task An_unknown_id_is_404()
    {
        await using var host = await RunningHost.StartAsync(HostFolders.Examples());

        var (status, problem) = await host.As("alice").GetJsonAsync("/v1/work-items/WI-NOPE-0001");

        status.ShouldBe(HttpStatusCode.NotFound);
        problem.Str("detail").ShouldContain("WI-NOPE-0001");
    }

    [Fact]
    public async Task A_posted_Work_Item_is_linted_against_the_workspace_and_nothing_is_stored()
    {
        await using var host = await RunningHost.StartAsync(HostFolders.Examples());
        var alice = host.As("alice");
        var dependent = File.ReadAllText(Path.Combine(RepositoryPaths.Shared, "examples", "work-items", "auth-login-rate-limit.md"))
            .Replace("id: WI-AUTH-0042", "id: WI-AUTH-0043", StringComparison.Ordinal)
            .Replace("depends_on: [WI-AUTH-0041]", "depends_on: [WI-AUTH-IMPL]", StringComparison.Ordinal);

        var (status, report) = await Lint(alice, dependent, "work-items/new.md");
        var (_, list) = await alice.GetJsonAsync("/v1/work-items");

        status.ShouldBe(HttpStatusCode.OK);
        report.Str("path").ShouldBe("work-items/new.md");
        report.Str("id").ShouldBe("WI-AUTH-0043");
        report.GetProperty("refused").GetBoolean().ShouldBeTrue();
        report.Refusal().ShouldBe(["TMR4002"]);
        var dependency = report.GetProperty("diagnostics").EnumerateArray().Single(d => d.Str("id") == "TMR4002");
        dependency.Str("message").ShouldContain("WI-AUTH-IMPL is in_progress");
        (dependency.GetProperty("line").GetInt32(), dependency.GetProperty("column").GetInt32()).ShouldBe((15, 14));
        list.GetArrayLength().ShouldBe(10);
        host.LedgerEvents().ShouldBeEmpty();
    }

    [Fact]
    public async Task A_posted_edit_of_a_Work_Item_replaces_the_file_with_its_id()
    {
        await using var host = await RunningHost.StartAsync(HostFolders.Examples());
        var fixedProfile = File.ReadAllText(Path.Combine(RepositoryPaths.Shared, "examples", "work-items", "profile-cache.md"))
            .Replace("status: ready", "status: ready\nnon_goals: [cache eviction policy]", StringComparison.Ordinal);

        var (status, report) = await Lint(host.As("alice"), fixedProfile, null);

        status.ShouldBe(HttpStatusCode.OK);
        report.Str("path").ShouldBe("posted.md");
        report.GetProperty("refused").GetBoolean().ShouldBeFalse();
        report.DiagnosticIds().ShouldNotContain("TMR0008");
    }

    [Fact]
    public async Task A_posted_file_that_is_not_a_Work_Item_gets_format_diagnostics_not_an_error_page()
    {
        await using var host = await RunningHost.StartAsync(HostFolders.Examples());

        var (status, report) = await Lint(host.As("alice"), "no frontmatter here\n", "x.md");

        status.ShouldBe(HttpStatusCode.OK);
        report.Refusal().ShouldBe(["TMR0001"]);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_body_over_1_MiB_is_413(bool chunked)
    {
        await using var host = await RunningHost.StartAsync(HostFolders.Examples());
        var body = new string('a', 1024 * 1024 + 1);
        using var content = chunked ? (HttpContent)new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(body))) : new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = new("text/markdown");
        if (chunked)
        {
            content.Headers.ContentLength = null;
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/work-items/lint") { Content = content };
        request.Headers.TransferEncodingChunked = chunked;
        using var response = await host.As("alice").SendAsync(request, TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task A_JSON_body_over_1_MiB_is_413_too_and_a_submission_over_64_MiB()
    {
        await using var host = await RunningHost.StartAsync(HostFolders.Examples());
        var (_, assignment) = await host.As("alice").AssignAsync("WI-AUTH-0042");
        var paths = Enumerable.Range(0, 60_000).Select(i => "src/auth/file" + i + ".ts").ToArray();
        var hugeRun = new string('x', 65 * 1024 * 1024);

        var (request, _) = await host.As("alice").RequestScopeAsync(assignment.Str("id"), "many files", paths);
        var (pathsOnly, _) = await host.As("alice").SubmitAsync(assignment.Str("id"), paths);
        // The client waits for 100-continue, as a large upload should, so the host answers before the body is sent.
        using var submission = new HttpRequestMessage(HttpMethod.Post, "/v1/assignments/" + assignment.Str("id") + "/submissions")
        {
            Content = new StringContent(System.Text.Json.JsonSerializer.Serialize(new { changedFiles = new[] { "src/auth/login.ts" }, testRuns = new[] { new { name = "huge.trx", content = hugeRun } } }), System.Text.Encoding.UTF8, "application/json"),
        };
        submission.Headers.ExpectContinue = true;
        using var answer = await host.As("alice").SendAsync(submission, TestContext.Current.CancellationToken);

        request.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        pathsOnly.ShouldBe(HttpStatusCode.RequestEntityTooLarge, "only a submission with test runs may be larger than 1 MiB");
        answer.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
    }

    private static string Compact(JsonElement element) => JsonNode.Parse(element.GetRawText())!.ToJsonString();

    internal static async Task<(HttpStatusCode Status, JsonElement Body)> Lint(HttpClient client, string markdown, string? path)
    {
        using var content = new StringContent(markdown, Encoding.UTF8, "text/markdown");
        using var response = await client.PostAsync("/v1/work-items/lint" + (path is null ? string.Empty : "?path=" + Uri.EscapeDataString(path)), content, TestContext.Current.CancellationToken);
        return (response.StatusCode, await Http.BodyOf(response));
    }
}
