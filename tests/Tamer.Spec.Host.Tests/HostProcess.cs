using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;

namespace Tamer.Spec.Host.Tests;

/// <summary>The host as a separate process (<c>dotnet Tamer.Spec.Host.dll</c>) on a port the system picks; killable with SIGKILL.</summary>
internal sealed partial class HostProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _log = new();

    private HostProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    public static async Task<HostProcess> StartAsync(HostFolders folders, params string[] extraArguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = folders.Root };
        foreach (var argument in new[] { BuiltTools.HostAssembly }.Concat(folders.Arguments()).Concat(["--urls", "http://127.0.0.1:0"]).Concat(extraArguments))
        {
            start.ArgumentList.Add(argument);
        }

        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var process = new Process { StartInfo = start };
        var log = new StringBuilder();
        void Read(string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (log)
            {
                log.AppendLine(line);
            }

            if (Listening().Match(line) is { Success: true } match)
            {
                listening.TrySetResult(new Uri(match.Groups[1].Value));
            }
        }

        process.OutputDataReceived += (_, e) => Read(e.Data);
        process.ErrorDataReceived += (_, e) => Read(e.Data);
        process.Exited += (_, _) => listening.TrySetException(new InvalidOperationException("the host exited:\n" + log));
        process.EnableRaisingEvents = true;
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var address = await listening.Task.WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);
        var host = new HostProcess(process, address);
        lock (log)
        {
            host._log.Append(log);
        }

        return host;
    }

    public HttpClient As(string worker) => new()
    {
        BaseAddress = Address,
        DefaultRequestHeaders = { Authorization = new AuthenticationHeaderValue("Bearer", RunningHost.Tokens[worker]) },
    };

    /// <summary>SIGKILL: no shutdown, no flush, no goodbye.</summary>
    public void Kill()
    {
        _process.Kill();
        _process.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            Kill();
        }

        _process.Dispose();
    }

    [GeneratedRegex(@"Now listening on: (http://\S+)")]
    private static partial Regex Listening();
}
