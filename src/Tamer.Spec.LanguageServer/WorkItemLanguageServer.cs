using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Tamer.Spec.Engine;
using Tamer.Spec.LanguageServer.Protocol;

namespace Tamer.Spec.LanguageServer;

/// <summary>
/// <c>tamer-lint lsp</c>: a Language Server Protocol server over a pair of streams (standard input
/// and output). Diagnostics on open and on change (from the editor's text, against the rest of the
/// workspace on disk), code actions with the engine's fixes, hover on a diagnostic, completion of
/// statuses and dependency ids; changes on disk (Work Items, <c>.tamer.yml</c>) are picked up from
/// the client's watched-files notifications and from saves. It writes no file: every fix is a
/// workspace edit the client applies.
/// </summary>
public sealed class WorkItemLanguageServer : IDisposable
{
    private const string WatcherRegistration = "tamer-watched-files";
    private static readonly string[] WatchedGlobs = ["**/*.md", "**/.tamer.yml", "**/.tamer.yaml", "**/*.json"];

    private readonly JsonRpcEndpoint _endpoint;
    private readonly TextWriter _log;
    private readonly string _defaultRoot;
    private readonly OpenDocuments _documents = new();
    private readonly WorkspaceFolders _folders;
    private readonly DocumentLinter _linter;
    private readonly DiagnosticScheduler _scheduler;
    private readonly CodeActions _codeActions;
    private readonly HashSet<string> _toldFailures = new(StringComparer.Ordinal);
    private bool _initialized;
    private bool _shutdown;
    private bool _watchFiles;

    /// <summary>Creates a server that reads <paramref name="input"/> and writes <paramref name="output"/>.</summary>
    /// <param name="input">The client's messages.</param>
    /// <param name="output">The server's messages; nothing else is written there.</param>
    /// <param name="log">Where the server says what went wrong (standard error).</param>
    /// <param name="defaultRoot">The folder served when the client names none.</param>
    /// <param name="openWorkspace">Opens the workspace of a folder; the flag says whether the client tells of every change on disk.</param>
    public WorkItemLanguageServer(Stream input, Stream output, TextWriter log, string defaultRoot, Func<string, bool, IWorkItemWorkspace> openWorkspace)
    {
        _endpoint = new JsonRpcEndpoint(input, output, log);
        _log = log;
        _defaultRoot = defaultRoot;
        _folders = new WorkspaceFolders(openWorkspace);
        _linter = new DocumentLinter(_folders);
        _scheduler = new DiagnosticScheduler(_documents, _linter, _endpoint.Notify, Tell);
        _codeActions = new CodeActions(_documents, _linter);
        var hovers = new Hovers(_documents, _linter);
        var completions = new Completions(_documents, _linter);

        _endpoint.OnRequest("initialize", Initialize);
        _endpoint.OnNotification("initialized", _ => Initialized());
        _endpoint.OnRequest("shutdown", _ =>
        {
            _shutdown = true;
            return null;
        });
        _endpoint.OnNotification("exit", _ => _endpoint.Stop());
        _endpoint.OnNotification("textDocument/didOpen", p => _scheduler.Now(_documents.Open(p).Uri));
        _endpoint.OnNotification("textDocument/didChange", p => _scheduler.Later(_documents.Change(p).Uri));
        _endpoint.OnNotification("textDocument/didClose", Closed);
        _endpoint.OnNotification("textDocument/didSave", _ => DiskChanged());
        _endpoint.OnNotification("workspace/didChangeWatchedFiles", _ => DiskChanged());
        _endpoint.OnNotification("workspace/didChangeWorkspaceFolders", FoldersChanged);
        _endpoint.OnRequest("textDocument/codeAction", p => Ready(() => _codeActions.Handle(p)));
        _endpoint.OnRequest("textDocument/hover", p => Ready(() => hovers.Handle(p)));
        _endpoint.OnRequest("textDocument/completion", p => Ready(() => completions.Handle(p)));
    }

    /// <summary>Serves until the client sends <c>exit</c> or its input ends: 0 after a <c>shutdown</c>, 1 otherwise (as the protocol says).</summary>
    public async Task<int> RunAsync(CancellationToken cancellation)
    {
        await _endpoint.RunAsync(cancellation).ConfigureAwait(false);
        return _shutdown ? 0 : 1;
    }

    /// <inheritdoc />
    public void Dispose() => _scheduler.Dispose();

    private JsonNode Initialize(JsonNode? parameters)
    {
        var roots = new List<string>();
        if (parameters?["workspaceFolders"] is JsonArray folders)
        {
            foreach (var folder in folders)
            {
                if (DocumentUri.ToPath(Json.String(folder, "uri")) is { } path)
                {
                    roots.Add(path);
                }
            }
        }

        if (roots.Count == 0 && Json.OptionalString(parameters, "rootUri") is { } rootUri && DocumentUri.ToPath(rootUri) is { } rootPath)
        {
            roots.Add(rootPath);
        }

        if (roots.Count == 0 && Json.OptionalString(parameters, "rootPath") is { } legacyRoot)
        {
            roots.Add(legacyRoot);
        }

        if (roots.Count == 0)
        {
            roots.Add(_defaultRoot);
        }

        foreach (var root in roots)
        {
            _folders.Add(root);
        }

        var capabilities = parameters?["capabilities"];
        _watchFiles = Json.Flag(capabilities, "workspace", "didChangeWatchedFiles", "dynamicRegistration");
        _codeActions.VersionedEdits = Json.Flag(capabilities, "workspace", "workspaceEdit", "documentChanges");
        _initialized = true;
        return new JsonObject
        {
            ["capabilities"] = new JsonObject
            {
                ["positionEncoding"] = "utf-16",
                ["textDocumentSync"] = new JsonObject { ["openClose"] = true, ["change"] = 2, ["save"] = new JsonObject { ["includeText"] = false } },
                ["codeActionProvider"] = new JsonObject { ["codeActionKinds"] = new JsonArray("quickfix", CodeActions.FixAllKind) },
                ["hoverProvider"] = true,
                ["completionProvider"] = new JsonObject { ["triggerCharacters"] = new JsonArray(":", " ", "[", ",", "-") },
                ["workspace"] = new JsonObject { ["workspaceFolders"] = new JsonObject { ["supported"] = true, ["changeNotifications"] = true } },
            },
            ["serverInfo"] = new JsonObject { ["name"] = "tamer-lint", ["version"] = TamerVersion.Current },
        };
    }

    // With the client watching the files for the server, workspaces keep what they read between lints.
    private void Initialized()
    {
        if (!_watchFiles)
        {
            return;
        }

        var watchers = new JsonArray();
        foreach (var glob in WatchedGlobs)
        {
            watchers.Add(new JsonObject { ["globPattern"] = glob });
        }

        _endpoint.Request("client/registerCapability", new JsonObject
        {
            ["registrations"] = new JsonArray(new JsonObject
            {
                ["id"] = WatcherRegistration,
                ["method"] = "workspace/didChangeWatchedFiles",
                ["registerOptions"] = new JsonObject { ["watchers"] = watchers },
            }),
        });
        _folders.ClientWatchesFiles = true;
    }

    private void Closed(JsonNode? parameters)
    {
        if (_documents.Close(parameters) is { } document)
        {
            _scheduler.Closed(document.Uri);
        }
    }

    // A file changed on disk (a Work Item another depends on, the configuration): every open document again.
    private void DiskChanged()
    {
        _linter.Invalidate();
        _scheduler.All();
    }

    private void FoldersChanged(JsonNode? parameters)
    {
        var evt = parameters?["event"];
        foreach (var removed in evt?["removed"] as JsonArray ?? [])
        {
            if (DocumentUri.ToPath(Json.String(removed, "uri")) is { } path)
            {
                _folders.Remove(path);
            }
        }

        foreach (var added in evt?["added"] as JsonArray ?? [])
        {
            if (DocumentUri.ToPath(Json.String(added, "uri")) is { } path)
            {
                _folders.Add(path);
            }
        }

        DiskChanged();
    }

    private JsonNode? Ready(Func<JsonNode?> handle) =>
        _initialized ? handle() : throw new RequestException(RequestException.ServerNotInitialized, "the server has not been initialized");

    // A failure the user must hear of (a configuration error) is shown once, and written to the log each time.
    private void Tell(string message)
    {
        _log.WriteLine("tamer-lint lsp: error: " + message);
        lock (_toldFailures)
        {
            if (!_toldFailures.Add(message))
            {
                return;
            }
        }

        _endpoint.Notify("window/showMessage", new JsonObject { ["type"] = 1, ["message"] = "tamer-lint: " + message });
    }
}
