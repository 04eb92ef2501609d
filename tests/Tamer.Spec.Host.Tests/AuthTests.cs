using System.Net;
using System.Net.Http.Headers;

namespace Tamer.Spec.Host.Tests;

/// <summary>Only holders of a token get in; the worker is the token's; nobody acts on another worker's assignment.</summary>
public sealed class AuthTests
{
    [Fact]
    public async Task Health_needs_no_token()
    {
        await using var host = await RunningHost.StartAsync(HostFolders.Examples());

        var (status, body) = await host.Anonymous().GetJsonAsync("/healthz");

        status.ShouldBe(HttpStatusCode.OK);
        body.Str("status").ShouldBe("ok");
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("Bearer", "not-a-token-of-anyone")]
    [InlineData("Bearer", "alice-secret-token-but-longer")]
    [InlineData("Basic", "alice-secret-token")]
    public async Task Every_v1_endpoint_answers_401_without_a_known_token(string? scheme, string? token)
    {
        await using var host = await RunningHost.StartAsync(HostFolders.Examples());
        var client = host.Anonymous();
        if (scheme is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(scheme, token);
        }

        var requests = new (HttpMethod Method, string Path)[]
        {
            (HttpMethod.Get, "/v1/work-items"),
            (HttpMethod.Get, "/v1/work-items/WI-AUTH-0042"),
            (HttpMethod.Post, "/v1/work-items/lint"),
            (HttpMethod.Post, "/v1/work-items/WI-AUTH-0042/assignments"),
            (HttpMethod.Get, "/v1/assignments/A1"),
            (HttpMethod.Post, "/v1/assignments/A1/submissions"),
            (HttpMethod.Post, "/v1/assignments/A1/complete"),
        };
        foreach (var (method, path) in requests)
        {
            using var response = await client.SendAsync(new HttpRequestMessage(method, path), TestContext.Current.CancellationToken);
            response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized, method + " " + path);
            response.Headers.WwwAuthenticate.ToString().ShouldBe("Bearer");
            response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        }

        host.LedgerEvents().ShouldBeEmpty("a refused request writes nothing");
    }

    [Fact]
    public async Task The_worker_is_the_tokens_and_another_worker_gets_403_on_submit_and_complete()
    {
        await using var host = await RunningHost.StartAsync(HostFolders.Examples());
        var (_, assignment) = await host.As("alice").AssignAsync("WI-AUTH-0042");
        assignment.Str("worker").ShouldBe("alice");
        var id = assignment.Str("id");

        var (submitStatus, submitProblem) = await host.As("bob").SubmitAsync(id, "src/auth/login.ts");
        var (completeStatus, _) = await host.As("bob").CompleteAsync(id);

        submitStatus.ShouldBe(HttpStatusCode.Forbidden);
        submitProblem.Str("detail").ShouldContain("another worker");
        completeStatus.ShouldBe(HttpStatusCode.Forbidden);
        var (_, stored) = await host.As("bob").GetJsonAsync("/v1/assignments/" + id);
        stored.Str("status").ShouldBe("in_progress");
    }
}
