using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;

namespace Tamer.Spec.LanguageServer;

/// <summary>
/// The run's own diagnostics (those the command line prints on standard error, such as a rule pack
/// in <c>.tamer.yml</c> that did not load) published on the files they point at, once per change:
/// a file whose run diagnostics are gone is published empty.
/// </summary>
internal sealed class RunDiagnosticsPublisher
{
    private readonly Action<string, JsonNode> _notify;
    private readonly Dictionary<string, Dictionary<string, string>> _publishedByRoot = new(StringComparer.Ordinal);

    public RunDiagnosticsPublisher(Action<string, JsonNode> notify)
    {
        _notify = notify;
    }

    public void Publish(LintOutcome outcome)
    {
        if (outcome.Workspace is null || outcome.Lint is null)
        {
            return;
        }

        var root = outcome.Workspace.Root;
        var now = outcome.Lint.RunDiagnostics
            .Where(d => d.Location is not null)
            .GroupBy(d => DocumentUri.FromPath(Path.GetFullPath(Path.Combine(root, d.Location!.Path))), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => new JsonArray(g.Select(d => (JsonNode)LspDiagnostics.Of(d)).ToArray()).ToJsonString(), StringComparer.Ordinal);
        if (!_publishedByRoot.TryGetValue(root, out var before))
        {
            before = new Dictionary<string, string>(StringComparer.Ordinal);
        }

        foreach (var (uri, diagnostics) in now.Where(p => !before.TryGetValue(p.Key, out var old) || old != p.Value))
        {
            _notify("textDocument/publishDiagnostics", new JsonObject { ["uri"] = uri, ["diagnostics"] = JsonNode.Parse(diagnostics) });
        }

        foreach (var gone in before.Keys.Where(uri => !now.ContainsKey(uri)))
        {
            _notify("textDocument/publishDiagnostics", new JsonObject { ["uri"] = gone, ["diagnostics"] = new JsonArray() });
        }

        _publishedByRoot[root] = now;
    }
}
