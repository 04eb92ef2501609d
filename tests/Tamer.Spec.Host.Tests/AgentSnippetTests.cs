using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Tamer.Spec.Testing;

namespace Tamer.Spec.Host.Tests;

/// <summary>The HTTP server of every client snippet in docs/agents.md reaches a running host's /mcp with the snippet's header, the token filled in.</summary>
public sealed class AgentSnippetTests
{
    public static TheoryData<string> Clients => new(AgentSnippets.All().Select(s => s.Client));

    [Theory]
    [MemberData(nameof(Clients))]
    public async Task The_http_server_of_the_snippet_reaches_the_host_with_its_token(string client)
    {
        var remote = AgentSnippets.All().Single(s => s.Client == client).Remote;
        var key = client switch
        {
            "gemini-cli" => "httpUrl",
            _ => "url",
        };
        if (client is "vscode" or "claude-code")
        {
            remote["type"]!.GetValue<string>().ShouldBe("http");
        }

        var url = new Uri(remote[key]!.GetValue<string>());
        url.AbsolutePath.ShouldBe("/mcp");
        var header = remote["headers"]!["Authorization"]!.GetValue<string>();
        header.ShouldStartWith("Bearer ");
        await using var host = await RunningHost.StartAsync(HostFolders.Examples());
        var filled = Regex.Replace(header, @"\$\{[^}]+\}|\$[A-Z_]+", RunningHost.Tokens["alice"]);

        var outcome = McpClientScript.Run(
            [new JsonObject { ["op"] = "call", ["name"] = "list_work_items", ["arguments"] = new JsonObject() }],
            "http",
            new Uri(host.Address, url.AbsolutePath).ToString(),
            filled["Bearer ".Length..]);

        outcome["connectError"].ShouldBeNull(outcome.ToJsonString());
        outcome["results"]![1]!["result"]!["structuredContent"]!["workItems"]!.AsArray().ShouldNotBeEmpty();
        filled.ShouldNotContain("$", customMessage: "the snippet's token placeholder is filled in");
    }
}
