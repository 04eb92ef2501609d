using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Tamer.Spec.Testing;

/// <summary>
/// The client configuration snippets of <c>docs/agents.md</c>: each JSON block after a
/// <c>&lt;!-- snippet: CLIENT FILE --&gt;</c> line, parsed, with its servers.
/// </summary>
public static class AgentSnippets
{
    private static readonly Regex Block = new(@"<!-- snippet: (?<client>\S+) (?<file>\S+) -->\s*```json\n(?<json>.*?)\n```", RegexOptions.Singleline | RegexOptions.CultureInvariant);

    /// <summary>Every snippet, in page order.</summary>
    public static IReadOnlyList<Snippet> All()
    {
        var page = File.ReadAllText(RepositoryPaths.InRepository("docs", "agents.md"));
        return Block.Matches(page).Select(m => new Snippet(m.Groups["client"].Value, m.Groups["file"].Value, JsonNode.Parse(m.Groups["json"].Value)!.AsObject())).ToList();
    }

    /// <summary>One client's configuration.</summary>
    public sealed record Snippet(string Client, string File, JsonObject Json)
    {
        /// <summary>The servers: <c>servers</c> in VS Code, <c>mcpServers</c> elsewhere.</summary>
        public IReadOnlyList<JsonObject> Servers => (Json["servers"] ?? Json["mcpServers"])!.AsObject().Select(p => p.Value!.AsObject()).ToList();

        /// <summary>The server started as a command (stdio).</summary>
        public JsonObject Local => Servers.Single(s => s.ContainsKey("command"));

        /// <summary>The server reached over HTTP.</summary>
        public JsonObject Remote => Servers.Single(s => !s.ContainsKey("command"));

        public override string ToString() => Client + " " + File;
    }
}
