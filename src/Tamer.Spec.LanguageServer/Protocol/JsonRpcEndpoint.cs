using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;

namespace Tamer.Spec.LanguageServer.Protocol;

/// <summary>
/// JSON-RPC 2.0 over a <see cref="MessageStream"/>: requests and notifications from the client
/// are handled one after the other on the reading loop, in the order they came (a change is never
/// handled before the open it follows). A handler that throws <see cref="RequestException"/> is
/// answered with its code; any other failure with an internal error naming it, and the loop goes on.
/// Answers to the server's own requests are read and dropped.
/// </summary>
internal sealed class JsonRpcEndpoint
{
    private readonly MessageStream _stream;
    private readonly Dictionary<string, Func<JsonNode?, JsonNode?>> _requests = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Action<JsonNode?>> _notifications = new(StringComparer.Ordinal);
    private readonly TextWriter _log;
    private int _nextId;
    private volatile bool _stopped;

    public JsonRpcEndpoint(Stream input, Stream output, TextWriter log)
    {
        _stream = new MessageStream(input, output);
        _log = log;
    }

    public void OnRequest(string method, Func<JsonNode?, JsonNode?> handler) => _requests[method] = handler;

    public void OnNotification(string method, Action<JsonNode?> handler) => _notifications[method] = handler;

    /// <summary>Ends the reading loop after the message being handled.</summary>
    public void Stop() => _stopped = true;

    public void Notify(string method, JsonNode? parameters) =>
        Send(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = parameters });

    /// <summary>Sends a request to the client; its answer is not waited for.</summary>
    public void Request(string method, JsonNode? parameters) =>
        Send(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = "tamer-" + Interlocked.Increment(ref _nextId), ["method"] = method, ["params"] = parameters });

    /// <summary>Reads and handles messages until the input ends or <see cref="Stop"/> is called.</summary>
    public async Task RunAsync(CancellationToken cancellation)
    {
        while (!_stopped && !cancellation.IsCancellationRequested)
        {
            JsonNode? message;
            try
            {
                message = await _stream.ReadAsync(cancellation).ConfigureAwait(false);
            }
            catch (ProtocolException exception)
            {
                _log.WriteLine("tamer-lint lsp: error: " + exception.Message + "; the connection is closed");
                return;
            }
            catch (EndOfStreamException)
            {
                _log.WriteLine("tamer-lint lsp: error: the input ended inside a message; the connection is closed");
                return;
            }

            if (message is null)
            {
                return;
            }

            try
            {
                Handle(message);
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                // A message the loop itself could not handle ends that message, not the server.
                _log.WriteLine("tamer-lint lsp: error: a message could not be handled: " + exception.Message);
            }
        }
    }

    private void Handle(JsonNode message)
    {
        if (message is not JsonObject envelope)
        {
            Send(Error(null, RequestException.InvalidRequest, "a message must be a JSON object"));
            return;
        }

        var method = envelope["method"] is JsonValue value && value.TryGetValue<string>(out var name) ? name : null;
        var id = envelope["id"]?.DeepClone();
        var parameters = envelope["params"];
        if (method is null)
        {
            // An answer to one of the server's requests (a registration): nothing waits for it.
            return;
        }

        if (id is null)
        {
            if (_notifications.TryGetValue(method, out var notification))
            {
                try
                {
                    notification(parameters);
                }
                catch (Exception exception) when (exception is not OutOfMemoryException)
                {
                    _log.WriteLine("tamer-lint lsp: error: " + method + ": " + exception.Message);
                }
            }

            return;
        }

        if (!_requests.TryGetValue(method, out var request))
        {
            Send(Error(id, RequestException.MethodNotFound, "tamer-lint does not handle '" + method + "'"));
            return;
        }

        try
        {
            var result = request(parameters);
            Send(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["result"] = result });
        }
        catch (RequestException exception)
        {
            Send(Error(id, exception.Code, exception.Message));
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            _log.WriteLine("tamer-lint lsp: internal error: " + method + ": " + exception.GetType().Name + ": " + exception.Message);
            Send(Error(id, RequestException.InternalError, method + " failed: " + exception.Message));
        }
    }

    private static JsonObject Error(JsonNode? id, int code, string message) => new()
    {
        ["jsonrpc"] = "2.0",
        ["id"] = id,
        ["error"] = new JsonObject { ["code"] = code, ["message"] = message },
    };

    private void Send(JsonObject message)
    {
        try
        {
            _stream.WriteAsync(message, CancellationToken.None).GetAwaiter().GetResult();
        }
        catch (IOException exception)
        {
            // The client went away; the reading loop sees the end of its input next.
            _log.WriteLine("tamer-lint lsp: error: cannot write to the client: " + exception.Message);
        }
    }
}
