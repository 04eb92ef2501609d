using System.Text.Json.Nodes;
using Tamer.Spec.Testing;

namespace Tamer.Spec.Cli.Tests;

/// <summary>The local server of every client snippet in docs/agents.md starts with the snippet's command and arguments and answers.</summary>
public sealed class AgentSnippetTests
{
    public static TheoryData<string> Clients => new(AgentSnippets.All().Select(s => s.Client));

    [Fact]
    public void The_page_has_a_snippet_for_each_client_it_names()
    {
        AgentSnippets.All().Select(s => s.ToString()).ShouldBe(["claude-code .mcp.json", "vscode .vscode/mcp.json", "cursor .cursor/mcp.json", "gemini-cli settings.json"]);
    }

    [Theory]
    [MemberData(nameof(Clients))]
    public void The_local_server_of_the_snippet_starts_and_lints(string client)
    {
        var snippet = AgentSnippets.All().Single(s => s.Client == client);
        var local = snippet.Local;
        if (client == "vscode")
        {
            local["type"]!.GetValue<string>().ShouldBe("stdio");
        }

        local["command"]!.GetValue<string>().ShouldBe("dotnet");
        var args = local["args"]!.AsArray().Select(a => a!.GetValue<string>().Replace("${workspaceFolder}", RepositoryPaths.InRepository("examples"), StringComparison.Ordinal)).ToList();
        args.Take(2).ShouldBe(["tamer-lint", "mcp"]);

        // `dotnet tamer-lint` is the installed tool; here it is the tool these tests built. Without
        // --root the server serves the folder it is started in, as an agent starts it in its project.
        var outcome = McpClientScript.RunIn(
            RepositoryPaths.InRepository("examples"),
            [new JsonObject { ["op"] = "call", ["name"] = "lint", ["arguments"] = new JsonObject { ["path"] = "work-items/orders-status-column.md" } }],
            ["stdio", "dotnet", Path.Combine(AppContext.BaseDirectory, "dotnet-tamer-lint.dll"), .. args.Skip(1)]);

        outcome["connectError"].ShouldBeNull(outcome.ToJsonString());
        var result = outcome["results"]![1]!["result"]!;
        result["isError"].ShouldBeNull(result.ToJsonString());
        result["structuredContent"]!["id"]!.GetValue<string>().ShouldBe("WI-ORD-0210");
    }
}
