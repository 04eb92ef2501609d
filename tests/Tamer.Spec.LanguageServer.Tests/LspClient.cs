using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Tamer.Spec.LanguageServer.Tests;

/// <summary>
/// A minimal Language Server Protocol client: starts <c>tamer-lint lsp</c> as a process, writes
/// framed messages to its input and reads its output on a thread of its own. Notifications are kept
/// with the time they came; the server's requests (registrations) are answered with null.
/// </summary>
internal sealed class LspClient : IDisposable
{
    public static readonly TimeSpan Wait = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly Stream _input;
    private readonly object _gate = new();
    private readonly List<Received> _notifications = [];
    private readonly Dictionary<int, JsonNode> _responses = [];
    private readonly List<JsonObject> _serverRequests = [];
    private readonly StringBuilder _error = new();
    private readonly Thread _reader;
    private int _nextId;

    private LspClient(string workingDirectory)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(ServerDll);
        start.ArgumentList.Add("lsp");
        _process = Process.Start(start)!;
        _input = _process.StandardInput.BaseStream;
        _process.ErrorDataReceived += (_, e) =>
        {
            lock (_error)
            {
                _error.AppendLine(e.Data);
            }
        };
        _process.BeginErrorReadLine();
        _reader = new Thread(Read) { IsBackground = true };
        _reader.Start();
    }

    public static string ServerDll => Path.Combine(AppContext.BaseDirectory, "dotnet-tamer-lint.dll");

    public string StandardError
    {
        get
        {
            lock (_error)
            {
                return _error.ToString();
            }
        }
    }

    /// <summary>The capabilities the server declared in its answer to <c>initialize</c>.</summary>
    public JsonObject Capabilities { get; private set; } = [];

    public bool HasExited => _process.HasExited;

    /// <summary>
    /// Waits up to <paramref name="timeout"/> for the server to exit, then for its standard error to
    /// be read to the end (the process can exit before the last lines reach <see cref="StandardError"/>).
    /// </summary>
    public bool WaitForExit(TimeSpan timeout)
    {
        if (!_process.WaitForExit(timeout))
        {
            return false;
        }

        _process.WaitForExit();
        return true;
    }

    public int ExitCode => _process.ExitCode;

    public IReadOnlyList<JsonObject> ServerRequests
    {
        get
        {
            lock (_gate)
            {
                return _serverRequests.ToList();
            }
        }
    }

    /// <summary>Starts the server in <paramref name="root"/> and initializes it with that folder as the workspace.</summary>
    public static LspClient Start(string root, bool watchesFiles = false)
    {
        var client = new LspClient(root);
        var capabilities = new JsonObject
        {
            ["workspace"] = new JsonObject
            {
                ["didChangeWatchedFiles"] = new JsonObject { ["dynamicRegistration"] = watchesFiles },
                ["workspaceEdit"] = new JsonObject { ["documentChanges"] = true },
            },
        };
        client.Capabilities = client.Request("initialize", new JsonObject
        {
            ["processId"] = Environment.ProcessId,
            ["rootUri"] = UriOf(root),
            ["workspaceFolders"] = new JsonArray(new JsonObject { ["uri"] = UriOf(root), ["name"] = "root" }),
            ["capabilities"] = capabilities,
        })!["capabilities"]!.AsObject();
        client.Notify("initialized", new JsonObject());
        return client;
    }

    public static string UriOf(string path) => new Uri(path).AbsoluteUri;

    public JsonNode? Request(string method, JsonNode? parameters)
    {
        var response = RequestRaw(method, parameters);
        if (response["error"] is { } error)
        {
            throw new InvalidOperationException(method + " failed: " + error.ToJsonString());
        }

        return response["result"];
    }

    /// <summary>Sends a request and returns the whole response (result or error).</summary>
    public JsonNode RequestRaw(string method, JsonNode? parameters)
    {
        var id = Interlocked.Increment(ref _nextId);
        Send(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters });
        var deadline = DateTime.UtcNow + Wait;
        lock (_gate)
        {
            while (!_responses.ContainsKey(id))
            {
                var left = deadline - DateTime.UtcNow;
                if (left <= TimeSpan.Zero || (_process.HasExited && !_reader.IsAlive))
                {
                    throw new TimeoutException("no answer to " + method + "; server stderr: " + StandardError);
                }

                Monitor.Wait(_gate, left < TimeSpan.FromMilliseconds(200) ? left : TimeSpan.FromMilliseconds(200));
            }

            var response = _responses[id];
            _responses.Remove(id);
            return response;
        }
    }

    public void Notify(string method, JsonNode? parameters) =>
        Send(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = parameters });

    public void Open(string path, string text, int version = 1) =>
        Notify("textDocument/didOpen", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = UriOf(path), ["languageId"] = "markdown", ["version"] = version, ["text"] = text },
        });

    /// <summary>Sends the whole new text as one change; returns when it was sent.</summary>
    public DateTime ChangeAll(string path, string text, int version)
    {
        Notify("textDocument/didChange", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = UriOf(path), ["version"] = version },
            ["contentChanges"] = new JsonArray(new JsonObject { ["text"] = text }),
        });
        return DateTime.UtcNow;
    }

    /// <summary>The first <c>publishDiagnostics</c> for <paramref name="path"/> after the <paramref name="skip"/> already seen that satisfies <paramref name="accept"/>.</summary>
    public Published WaitForDiagnostics(string path, Func<Published, bool>? accept = null, int skip = 0)
    {
        var uri = UriOf(path);
        var deadline = DateTime.UtcNow + Wait;
        lock (_gate)
        {
            while (true)
            {
                var found = _notifications
                    .Where(n => n.Method == "textDocument/publishDiagnostics" && n.Params?["uri"]?.GetValue<string>() == uri)
                    .Skip(skip)
                    .Select(n => new Published(n.Params!, n.At))
                    .FirstOrDefault(p => accept is null || accept(p));
                if (found is not null)
                {
                    return found;
                }

                var left = deadline - DateTime.UtcNow;
                if (left <= TimeSpan.Zero || (_process.HasExited && !_reader.IsAlive))
                {
                    throw new TimeoutException("no matching diagnostics for " + path + "; server stderr: " + StandardError);
                }

                Monitor.Wait(_gate, left < TimeSpan.FromMilliseconds(200) ? left : TimeSpan.FromMilliseconds(200));
            }
        }
    }

    /// <summary>How many <c>publishDiagnostics</c> for <paramref name="path"/> came so far.</summary>
    public int PublishedCount(string path)
    {
        var uri = UriOf(path);
        lock (_gate)
        {
            return _notifications.Count(n => n.Method == "textDocument/publishDiagnostics" && n.Params?["uri"]?.GetValue<string>() == uri);
        }
    }

    public IReadOnlyList<JsonNode?> NotificationsOf(string method)
    {
        lock (_gate)
        {
            return _notifications.Where(n => n.Method == method).Select(n => n.Params).ToList();
        }
    }

    /// <summary>Shuts the server down as the protocol asks and returns its exit code.</summary>
    public int Shutdown()
    {
        Request("shutdown", null);
        Notify("exit", null);
        if (!WaitForExit(Wait))
        {
            throw new TimeoutException("the server did not exit after 'exit'");
        }

        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
    }

    /// <summary>Writes <paramref name="raw"/> to the server's input as it is (for malformed messages).</summary>
    public void SendRaw(string raw)
    {
        lock (_input)
        {
            _input.Write(Encoding.UTF8.GetBytes(raw));
            _input.Flush();
        }
    }

    private void Send(JsonObject message)
    {
        var body = Encoding.UTF8.GetBytes(message.ToJsonString());
        var header = Encoding.ASCII.GetBytes("Content-Length: " + body.Length.ToString(CultureInfo.InvariantCulture) + "\r\n\r\n");
        lock (_input)
        {
            _input.Write(header);
            _input.Write(body);
            _input.Flush();
        }
    }

    private void Read()
    {
        var output = _process.StandardOutput.BaseStream;
        try
        {
            while (true)
            {
                var length = -1;
                string? line;
                while ((line = ReadLine(output)) is not null && line.Length > 0)
                {
                    if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
                    {
                        length = int.Parse(line["Content-Length:".Length..].Trim(), CultureInfo.InvariantCulture);
                    }
                }

                if (line is null || length < 0)
                {
                    return;
                }

                var body = new byte[length];
                output.ReadExactly(body);
                var message = (JsonObject)JsonNode.Parse(body)!;
                var at = DateTime.UtcNow;
                if (message["method"] is not null && message["id"] is not null)
                {
                    lock (_gate)
                    {
                        _serverRequests.Add(message);
                    }

                    Send(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = message["id"]!.DeepClone(), ["result"] = null });
                    continue;
                }

                lock (_gate)
                {
                    if (message["method"] is { } method)
                    {
                        _notifications.Add(new Received(method.GetValue<string>(), message["params"], at));
                    }
                    else
                    {
                        _responses[message["id"]!.GetValue<int>()] = message;
                    }

                    Monitor.PulseAll(_gate);
                }
            }
        }
        catch (IOException)
        {
            // The server went away (EndOfStreamException included): waiters see it exited.
        }
        finally
        {
            lock (_gate)
            {
                Monitor.PulseAll(_gate);
            }
        }
    }

    private static string? ReadLine(Stream stream)
    {
        var line = new StringBuilder();
        while (true)
        {
            var b = stream.ReadByte();
            if (b < 0)
            {
                return null;
            }

            if (b == '\n')
            {
                return line.ToString().TrimEnd('\r');
            }

            line.Append((char)b);
        }
    }

    private sealed record Received(string Method, JsonNode? Params, DateTime At);
}

/// <summary>One <c>publishDiagnostics</c> and when it came.</summary>
internal sealed record Published(JsonNode Params, DateTime At)
{
    public IReadOnlyList<JsonNode> Diagnostics => Params["diagnostics"]!.AsArray().Select(d => d!).ToList();

    public IReadOnlyList<string> Codes => Diagnostics.Select(d => d["code"]!.GetValue<string>()).ToList();
}
