using Microsoft.Extensions.DependencyInjection;
using Tamer.Spec.Host.Auth;

namespace Tamer.Spec.Host.Tests;

/// <summary>What the host needs to start, and the token file's format; each problem named with its place.</summary>
public sealed class HostSettingsTests
{
    [Fact]
    public void A_missing_setting_stops_the_start_naming_the_option()
    {
        using var folders = HostFolders.Examples();

        Should.Throw<HostStartException>(() => HostApplication.Build(["--data", folders.Data, "--tokens", folders.TokenFile]))
            .Message.ShouldContain("pass --work-items");
        Should.Throw<HostStartException>(() => HostApplication.Build(["--work-items", folders.WorkItems, "--data", folders.Data]))
            .Message.ShouldContain("pass --tokens");
        Should.Throw<HostStartException>(() => HostApplication.Build(["--work-items", folders.WorkItems + "-nope", "--data", folders.Data, "--tokens", folders.TokenFile]))
            .Message.ShouldContain("does not exist");
    }

    [Theory]
    [InlineData("alice secret-token", "tokens(1): the second field must be the 64 hex digits")]
    [InlineData("alice", "tokens(1): expected 'worker-name sha256-hex', found 1 fields")]
    [InlineData("# none\n\n", "tokens: no worker lines")]
    [InlineData("alice 2bb80d537b1da3e38bd30361aa855686bde0eacd7162fef6a25fe97bf527a25b\nalice 2bb80d537b1da3e38bd30361aa855686bde0eacd7162fef6a25fe97bf527a25c", "tokens(2): the worker 'alice' has a line already")]
    [InlineData("alice 2bb80d537b1da3e38bd30361aa855686bde0eacd7162fef6a25fe97bf527a25b\nbob 2BB80D537B1DA3E38BD30361AA855686BDE0EACD7162FEF6A25FE97BF527A25B", "tokens(2): the token of 'bob' is already another worker's")]
    public void A_malformed_token_file_is_refused_with_its_line(string content, string expected)
    {
        Should.Throw<HostStartException>(() => WorkerTokens.Parse("tokens", content.Split('\n'))).Message.ShouldStartWith(expected);
    }

    [Fact]
    public async Task A_second_host_on_the_same_data_folder_does_not_start()
    {
        using var folders = HostFolders.Examples();
        await using var first = await RunningHost.StartAsync(folders);
        first.KeepFolders = true;

        Should.Throw<HostStartException>(() => HostApplication.Build(folders.Arguments())).Message.ShouldContain("is another host using it?");
    }

    [Fact]
    public async Task A_configuration_the_engine_cannot_use_makes_every_answer_a_500_naming_it()
    {
        using var folders = HostFolders.Examples();
        File.WriteAllText(Path.Combine(folders.WorkItems, ".tamer.yml"), "rules:\n  scope: \"9.*\"\n");

        var (status, title, detail) = await FirstAnswer(folders.Arguments(), "/v1/work-items");

        status.ShouldBe(500);
        title.ShouldBe("The gate's configuration cannot be used");
        detail.ShouldContain(".tamer.yml(2,");
        detail.ShouldContain("TMR9002");
    }

    [Fact]
    public async Task A_missing_configuration_file_makes_every_answer_a_500_with_the_shared_sentence()
    {
        using var folders = HostFolders.Examples();
        var missing = Path.Combine(folders.Root, "missing.yml");

        var (status, _, detail) = await FirstAnswer([.. folders.Arguments(), "--config", missing], "/healthz");

        status.ShouldBe(500);
        detail.ShouldStartWith("the configuration file " + missing + " does not exist");
    }

    [Fact]
    public async Task A_configuration_that_does_not_parse_makes_every_answer_a_500_with_TMR9001_at_its_line()
    {
        using var folders = HostFolders.Examples();
        File.WriteAllText(Path.Combine(folders.WorkItems, ".tamer.yml"), "rules:\n  scope: [unclosed\n");

        var (status, _, detail) = await FirstAnswer(folders.Arguments(), "/v1/assignments");

        status.ShouldBe(500);
        detail.ShouldContain(".tamer.yml(3,1): TMR9001: invalid configuration: the YAML is invalid");
    }

    [Fact]
    public void A_start_problem_that_is_not_the_configuration_still_stops_the_start()
    {
        using var folders = HostFolders.Examples();
        File.WriteAllText(Path.Combine(folders.WorkItems, ".tamer.yml"), "rules:\n  scope: [unclosed\n");

        Should.Throw<HostStartException>(() => HostApplication.Build(["--work-items", folders.WorkItems, "--data", folders.Data]))
            .Message.ShouldContain("pass --tokens");
    }

    // Starts the host on a real Kestrel, asks one path with a worker's token, and stops it.
    private static async Task<(int Status, string Title, string Detail)> FirstAnswer(string[] arguments, string path)
    {
        await using var app = HostApplication.Build([.. arguments, "--urls", "http://127.0.0.1:0"]);
        await app.StartAsync(TestContext.Current.CancellationToken);
        try
        {
            var address = app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
                .Features.Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()!.Addresses.Single();
            using var client = new HttpClient { BaseAddress = new Uri(address) };
            client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", RunningHost.Tokens["alice"]);
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
            using var problem = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
            response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
            return ((int)response.StatusCode, problem.RootElement.GetProperty("title").GetString()!, problem.RootElement.GetProperty("detail").GetString()!);
        }
        finally
        {
            await app.StopAsync(TestContext.Current.CancellationToken);
        }
    }

    [Fact]
    public void A_token_is_matched_by_its_hash_only()
    {
        var tokens = WorkerTokens.Parse("tokens", ["alice " + WorkerTokens.HashOf("s3cret"), "bob " + WorkerTokens.HashOf("other").ToUpperInvariant()]);

        tokens.WorkerOf("s3cret").ShouldBe("alice");
        tokens.WorkerOf("other").ShouldBe("bob");
        tokens.WorkerOf(WorkerTokens.HashOf("s3cret")).ShouldBeNull();
        tokens.WorkerOf(string.Empty).ShouldBeNull();
    }
}
