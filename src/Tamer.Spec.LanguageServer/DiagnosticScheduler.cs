using System;
using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;

namespace Tamer.Spec.LanguageServer;

/// <summary>
/// Lints open documents off the reading loop and publishes their diagnostics. A change waits
/// <see cref="Debounce"/> for the next keystroke before it is linted; an open, a save or a change
/// on disk is linted at once. One worker lints, so lints never race, and a lint whose document has
/// changed since is not published (the newer text's lint follows).
/// </summary>
internal sealed class DiagnosticScheduler : IDisposable
{
    /// <summary>How long a change waits for the next one before it is linted.</summary>
    public static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(100);

    private readonly OpenDocuments _documents;
    private readonly DocumentLinter _linter;
    private readonly Action<string, JsonNode> _notify;
    private readonly Action<string> _failed;
    private readonly Channel<string> _queue = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ConcurrentDictionary<string, Timer> _timers = new(StringComparer.Ordinal);
    private readonly Task _worker;
    private readonly RunDiagnosticsPublisher _runDiagnostics;

    /// <param name="documents">The open documents.</param>
    /// <param name="linter">Lints them.</param>
    /// <param name="notify">Sends a notification to the client.</param>
    /// <param name="failed">Tells the user why a document could not be linted.</param>
    public DiagnosticScheduler(OpenDocuments documents, DocumentLinter linter, Action<string, JsonNode> notify, Action<string> failed)
    {
        _documents = documents;
        _linter = linter;
        _notify = notify;
        _failed = failed;
        _runDiagnostics = new RunDiagnosticsPublisher(notify);
        _worker = Task.Run(WorkAsync);
    }

    /// <summary>The document changed: it is linted once the changes pause.</summary>
    public void Later(string uri)
    {
        var timer = _timers.GetOrAdd(uri, u => new Timer(_ => _queue.Writer.TryWrite(u)));
        timer.Change(Debounce, Timeout.InfiniteTimeSpan);
    }

    /// <summary>The document is linted as soon as the worker is free.</summary>
    public void Now(string uri)
    {
        if (_timers.TryGetValue(uri, out var timer))
        {
            timer.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        }

        _queue.Writer.TryWrite(uri);
    }

    /// <summary>Every open document is linted again.</summary>
    public void All()
    {
        foreach (var document in _documents.All)
        {
            Now(document.Uri);
        }
    }

    /// <summary>The document was closed: its diagnostics are cleared.</summary>
    public void Closed(string uri)
    {
        if (_timers.TryRemove(uri, out var timer))
        {
            timer.Dispose();
        }

        _linter.Forget(uri);
        _notify("textDocument/publishDiagnostics", new JsonObject { ["uri"] = uri, ["diagnostics"] = new JsonArray() });
    }

    public void Dispose()
    {
        _queue.Writer.TryComplete();
        foreach (var timer in _timers.Values)
        {
            timer.Dispose();
        }

        _worker.Wait(TimeSpan.FromSeconds(5));
    }

    private async Task WorkAsync()
    {
        await foreach (var uri in _queue.Reader.ReadAllAsync().ConfigureAwait(false))
        {
            var document = _documents.Find(uri);
            if (document is null)
            {
                continue;
            }

            LintOutcome outcome;
            try
            {
                outcome = _linter.Lint(document);
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                _failed("tamer-lint could not lint " + uri + ": " + exception.Message);
                continue;
            }

            if (!ReferenceEquals(_documents.Find(uri), document))
            {
                continue;
            }

            if (outcome.Failure is not null)
            {
                _failed(outcome.Failure);
            }

            if (!document.IsMarkdown)
            {
                // Not a Work Item and never was: nothing to publish, nor to clear (its file may
                // be .tamer.yml, which holds the run's diagnostics).
                continue;
            }

            _runDiagnostics.Publish(outcome);
            _notify("textDocument/publishDiagnostics", new JsonObject
            {
                ["uri"] = uri,
                ["version"] = document.Version,
                ["diagnostics"] = LspDiagnostics.Of(outcome),
            });
        }
    }
}
