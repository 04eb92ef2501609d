using System.Net;
using System.Text.Json;

namespace Tamer.Spec.Host.Tests;

/// <summary>The OpenAPI document, and Work Item files read again when they change.</summary>
public sealed class OpenApiAndReloadTests
{
    [Fact]
    public async Task The_OpenAPI_document_lists_every_endpoint()
    {
        await using var host = await RunningHost.StartAsync(HostFolders.Examples());

        var (status, document) = await host.Anonymous().GetJsonAsync("/openapi/v1.json");

        status.ShouldBe(HttpStatusCode.OK);
        document.Str("openapi").ShouldStartWith("3.");
        document.GetProperty("paths").EnumerateObject().Select(p => p.Name).Order().ShouldBe(
        [
            "/healthz",
            "/metrics",
            "/v1/assignments/{assignmentId}",
            "/v1/assignments/{assignmentId}/complete",
            "/v1/assignments/{assignmentId}/reviews",
            "/v1/assignments/{assignmentId}/scope-requests",
            "/v1/assignments/{assignmentId}/submissions",
            "/v1/scope-requests",
            "/v1/scope-requests/{requestId}",
            "/v1/scope-requests/{requestId}/decision",
            "/v1/work-items",
            "/v1/work-items/{id}",
            "/v1/work-items/{id}/assignments",
            "/v1/work-items/lint",
            "/v1/workers/{name}",
            "/v1/workers/{name}/unblock",
        ]);
        var assign = document.GetProperty("paths").GetProperty("/v1/work-items/{id}/assignments").GetProperty("post").GetProperty("responses");
        assign.EnumerateObject().Select(r => r.Name).Order().ShouldBe(["201", "401", "403", "404", "409", "422"], ignoreOrder: true);
    }

    [Fact]
    public async Task A_changed_Work_Item_file_is_read_again()
    {
        await using var host = await RunningHost.StartAsync(HostFolders.Examples());
        var alice = host.As("alice");
        (await alice.GetJsonAsync("/v1/work-items/WI-AUTH-0042")).Body.GetProperty("refused").GetBoolean().ShouldBeFalse();
        var path = Path.Combine(host.Folders.WorkItems, "auth-login-rate-limit.md");
        File.WriteAllText(path, File.ReadAllText(path).Replace("depends_on: [WI-AUTH-0041]", "depends_on: [WI-GONE-0001]", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(host.Folders.WorkItems, "new.md"), File.ReadAllText(path).Replace("WI-AUTH-0042", "WI-NEW-0001", StringComparison.Ordinal));

        JsonElement item = default;
        for (var attempt = 0; attempt < 100; attempt++)
        {
            item = (await alice.GetJsonAsync("/v1/work-items/WI-AUTH-0042")).Body;
            if (item.GetProperty("refused").GetBoolean() && (await alice.GetJsonAsync("/v1/work-items/WI-NEW-0001")).Status == HttpStatusCode.OK)
            {
                break;
            }

            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        item.Refusal().ShouldBe(["TMR4001"]);
        (await alice.AssignAsync("WI-AUTH-0042")).Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await alice.GetJsonAsync("/v1/work-items/WI-NEW-0001")).Status.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_configuration_change_the_engine_cannot_use_keeps_the_last_good_reading()
    {
        using var folders = HostFolders.Examples();
        var configuration = Path.Combine(folders.WorkItems, ".tamer.yml");
        File.WriteAllText(configuration, "severity:\n  TMR5001: warning\n");
        await using var host = await RunningHost.StartAsync(folders);
        host.KeepFolders = true;
        var alice = host.As("alice");
        (await alice.GetJsonAsync("/v1/work-items/WI-PROFILE-0005")).Body.GetProperty("refused").GetBoolean().ShouldBeFalse();

        File.WriteAllText(configuration, "severity:\n  TMR5001: warning\nrules:\n  scope: \"9.*\"\n");
        await Task.Delay(1000, TestContext.Current.CancellationToken);

        var (status, item) = await alice.GetJsonAsync("/v1/work-items/WI-PROFILE-0005");
        status.ShouldBe(HttpStatusCode.OK);
        item.GetProperty("refused").GetBoolean().ShouldBeFalse();
        (await alice.GetJsonAsync("/v1/work-items")).Body.GetArrayLength().ShouldBe(10);
    }
}
