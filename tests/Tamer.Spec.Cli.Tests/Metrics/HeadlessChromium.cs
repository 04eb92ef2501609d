using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace Tamer.Spec.Cli.Tests.Metrics;

/// <summary>
/// Headless Chromium driven over the DevTools protocol: opens one page, records every network
/// request, console message, uncaught exception and log entry, evaluates script in the page and
/// takes screenshots.
/// </summary>
internal sealed class HeadlessChromium : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly Process _process;
    private readonly string _profile;
    private readonly ClientWebSocket _socket = new();
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonObject>> _pending = new();
    private readonly ConcurrentQueue<JsonObject> _events = new();
    private readonly Task _reader;
    private string? _session;
    private int _nextId;

    private HeadlessChromium(Process process, string profile, Uri endpoint)
    {
        _process = process;
        _profile = profile;
        _socket.ConnectAsync(endpoint, CancellationToken.None).Wait(Patience);
        _reader = Task.Run(ReadAsync);
    }

    /// <summary>The browser's executable on PATH, or null when none is installed.</summary>
    public static string? Find() =>
        new[] { "chromium", "chromium-browser" }
            .SelectMany(name => (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator).Select(folder => Path.Combine(folder, name)))
            .FirstOrDefault(File.Exists);

    public static HeadlessChromium Start(string executable)
    {
        var profile = Directory.CreateTempSubdirectory("tamer-chromium-").FullName;
        var start = new ProcessStartInfo(executable) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--remote-debugging-port=0", "--user-data-dir=" + profile, "--no-first-run", "--disable-extensions", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--window-size=1200,1600", "about:blank" })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start)!;
        process.StandardOutput.ReadToEndAsync();
        var deadline = DateTime.UtcNow + Patience;
        while (DateTime.UtcNow < deadline)
        {
            var line = process.StandardError.ReadLine() ?? throw new InvalidOperationException("chromium ended before it listened");
            const string Marker = "DevTools listening on ";
            if (line.StartsWith(Marker, StringComparison.Ordinal))
            {
                process.StandardError.ReadToEndAsync();
                return new HeadlessChromium(process, profile, new Uri(line[Marker.Length..].Trim()));
            }
        }

        process.Kill(entireProcessTree: true);
        throw new TimeoutException("chromium did not say where it listens");
    }

    /// <summary>Opens a page with the network, console and log domains on, and loads <paramref name="url"/>.</summary>
    public void Open(Uri url)
    {
        var target = Send("Target.createTarget", new JsonObject { ["url"] = "about:blank" }, browserLevel: true)["targetId"]!.GetValue<string>();
        _session = Send("Target.attachToTarget", new JsonObject { ["targetId"] = target, ["flatten"] = true }, browserLevel: true)["sessionId"]!.GetValue<string>();
        foreach (var domain in new[] { "Page", "Network", "Runtime", "Log" })
        {
            Send(domain + ".enable");
        }

        Send("Page.navigate", new JsonObject { ["url"] = url.AbsoluteUri });
        var deadline = DateTime.UtcNow + Patience;
        while (!Events("Page.loadEventFired").Any())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("the page did not load");
            }

            Thread.Sleep(50);
        }

        // Let late console messages and requests arrive.
        Thread.Sleep(500);
    }

    /// <summary>The URLs the page requested.</summary>
    public IReadOnlyList<string> Requests => Events("Network.requestWillBeSent").Select(e => e["request"]!["url"]!.GetValue<string>()).ToList();

    /// <summary>Console errors and warnings, uncaught exceptions and error log entries (a blocked request is one), as text.</summary>
    public IReadOnlyList<string> Problems =>
        Events("Runtime.consoleAPICalled").Where(e => e["type"]!.GetValue<string>() is "error" or "warning" or "assert").Select(e => "console: " + e.ToJsonString())
            .Concat(Events("Runtime.exceptionThrown").Select(e => "exception: " + e.ToJsonString()))
            .Concat(Events("Log.entryAdded").Where(e => e["entry"]!["level"]!.GetValue<string>() is "error" or "warning").Select(e => "log: " + e["entry"]!.ToJsonString()))
            .ToList();

    /// <summary>Evaluates a script expression in the page and returns its value as JSON.</summary>
    public JsonNode? Evaluate(string expression)
    {
        var result = Send("Runtime.evaluate", new JsonObject { ["expression"] = expression, ["returnByValue"] = true });
        if (result["exceptionDetails"] is { } exception)
        {
            throw new InvalidOperationException("the script failed: " + exception.ToJsonString());
        }

        return result["result"]!["value"]?.DeepClone();
    }

    /// <summary>Emulates the reader's colour scheme: <c>light</c> or <c>dark</c>.</summary>
    public void PreferColorScheme(string scheme) =>
        Send("Emulation.setEmulatedMedia", new JsonObject { ["features"] = new JsonArray(new JsonObject { ["name"] = "prefers-color-scheme", ["value"] = scheme }) });

    public void Screenshot(string path)
    {
        var data = Send("Page.captureScreenshot", new JsonObject { ["format"] = "png", ["captureBeyondViewport"] = true })["data"]!.GetValue<string>();
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, Convert.FromBase64String(data));
    }

    private IEnumerable<JsonObject> Events(string method) =>
        _events.Where(e => e["method"]!.GetValue<string>() == method && (_session is null || e["sessionId"]?.GetValue<string>() == _session)).Select(e => (JsonObject)e["params"]!);

    private JsonObject Send(string method, JsonObject? parameters = null, bool browserLevel = false)
    {
        var id = Interlocked.Increment(ref _nextId);
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters ?? new JsonObject() };
        if (!browserLevel && _session is not null)
        {
            message["sessionId"] = _session;
        }

        var answer = new TaskCompletionSource<JsonObject>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = answer;
        _socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, true, CancellationToken.None).Wait(Patience);
        if (!answer.Task.Wait(Patience))
        {
            throw new TimeoutException(method + " got no answer");
        }

        var reply = answer.Task.Result;
        if (reply["error"] is { } error)
        {
            throw new InvalidOperationException(method + " failed: " + error.ToJsonString());
        }

        return (JsonObject)reply["result"]!;
    }

    private async Task ReadAsync()
    {
        var buffer = new byte[1 << 16];
        using var message = new MemoryStream();
        while (_socket.State == WebSocketState.Open)
        {
            WebSocketReceiveResult received;
            try
            {
                received = await _socket.ReceiveAsync(buffer, CancellationToken.None);
            }
            catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or ObjectDisposedException)
            {
                return;
            }

            if (received.MessageType == WebSocketMessageType.Close)
            {
                return;
            }

            message.Write(buffer, 0, received.Count);
            if (!received.EndOfMessage)
            {
                continue;
            }

            var node = JsonNode.Parse(message.ToArray())!.AsObject();
            message.SetLength(0);
            if (node["id"] is { } id && _pending.TryRemove(id.GetValue<int>(), out var answer))
            {
                answer.SetResult(node);
            }
            else if (node["method"] is not null)
            {
                _events.Enqueue(node);
            }
        }
    }

    public void Dispose()
    {
        try
        {
            _socket.Abort();
            _socket.Dispose();
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }
        catch (InvalidOperationException)
        {
        }

        _process.Dispose();
        _reader.Wait(TimeSpan.FromSeconds(5));
        try
        {
            Directory.Delete(_profile, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
