using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Tamer.Spec.HostLoad;

// Load run of the orchestrator host over loopback: starts --instances built hosts as processes on
// one ledger (--ledger as the host takes it; default: SQLite in a fresh data folder), lints a posted
// Work Item for --seconds with --clients concurrent clients, then assigns, submits and completes
// --assignments generated Work Items, request n going to host n mod --instances. With --evidence-tests N,
// the hosts require evidence and each submission carries a TRX file of N passing tests, two of which
// claim the Work Item's criteria by name. Exit code 1 on any 5xx, or a submission not accepted.
//   dotnet run -c Release --project bench/Tamer.Spec.HostLoad -- --host PATH --examples DIR [--seconds 20] [--clients 16] [--assignments 1000] [--ledger sqlite:|file:|postgres:CONNECTION] [--instances 1] [--evidence-tests 0]
var host = Option("--host", null) ?? throw new ArgumentException("--host PATH-TO-Tamer.Spec.Host.dll");
var examples = Option("--examples", null) ?? throw new ArgumentException("--examples DIR (the shared example Work Items)");
var seconds = int.Parse(Option("--seconds", "20")!, CultureInfo.InvariantCulture);
var clients = int.Parse(Option("--clients", "16")!, CultureInfo.InvariantCulture);
var assignments = int.Parse(Option("--assignments", "1000")!, CultureInfo.InvariantCulture);
var ledger = Option("--ledger", "sqlite:")!;
var instances = int.Parse(Option("--instances", "1")!, CultureInfo.InvariantCulture);
var evidenceTests = int.Parse(Option("--evidence-tests", "0")!, CultureInfo.InvariantCulture);
var evidence = evidenceTests > 0 ? new EvidenceRun(evidenceTests) : null;

var folder = Path.Combine(Path.GetTempPath(), "tamer-host-load-" + Guid.NewGuid().ToString("N"));
var workItems = Path.Combine(folder, "work-items");
Directory.CreateDirectory(workItems);
foreach (var file in Directory.GetFiles(examples, "*.md"))
{
    File.Copy(file, Path.Combine(workItems, Path.GetFileName(file)));
}

var template = File.ReadAllText(Path.Combine(examples, "auth-login-rate-limit.md"));
for (var i = 0; i < assignments; i++)
{
    File.WriteAllText(Path.Combine(workItems, "load-" + i + ".md"), template
        .Replace("id: WI-AUTH-0042", "id: " + LoadId(i), StringComparison.Ordinal)
        .Replace("write: [src/auth/login.ts, tests/auth/login.test.ts]", "write: [src/m" + i + "/]", StringComparison.Ordinal)
        .Replace("depends_on: [WI-AUTH-0041]", "depends_on: []", StringComparison.Ordinal));
}

const string Token = "load-run-token";
var tokens = Path.Combine(folder, "tokens");
File.WriteAllText(tokens, "load " + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Token))) + "\n");

var hosts = new List<Process>();
var clientsByHost = new List<HttpClient>();
var handlers = new List<SocketsHttpHandler>();
for (var i = 0; i < instances; i++)
{
    var (process, address) = await StartHostAsync();
    hosts.Add(process);
    var handler = new SocketsHttpHandler { MaxConnectionsPerServer = clients, UseProxy = false };
    handlers.Add(handler);
    var hostClient = new HttpClient(handler) { BaseAddress = address };
    hostClient.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
    clientsByHost.Add(hostClient);
}

HttpClient ClientFor(long n) => clientsByHost[(int)(n % instances)];

async Task<(Process Process, Uri Address)> StartHostAsync()
{
    var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = folder };
    foreach (var argument in new[] { host, "--work-items", workItems, "--data", Path.Combine(folder, "data"), "--ledger", ledger, "--tokens", tokens, "--urls", "http://127.0.0.1:0", "--claims", folder }
        .Concat(evidence is null ? [] : ["--evidence", "required"]))
    {
        start.ArgumentList.Add(argument);
    }

    var process = Process.Start(start)!;
    var listening = new TaskCompletionSource<Uri>();
    process.OutputDataReceived += (_, e) =>
    {
        if (e.Data is not null && Regex.Match(e.Data, @"Now listening on: (http://\S+)") is { Success: true } match)
        {
            listening.TrySetResult(new Uri(match.Groups[1].Value));
        }
    };
    process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { Console.Error.WriteLine("host: " + e.Data); } };
    process.Exited += (_, _) => listening.TrySetException(new InvalidOperationException("the host exited with " + process.ExitCode));
    process.EnableRaisingEvents = true;
    process.BeginOutputReadLine();
    process.BeginErrorReadLine();
    return (process, await listening.Task.WaitAsync(TimeSpan.FromSeconds(60)));
}

var posted = File.ReadAllBytes(Path.Combine(examples, "tests-pass-only.md"));

async Task<HttpStatusCode> Lint(long n)
{
    using var content = new ByteArrayContent(posted);
    content.Headers.ContentType = new MediaTypeHeaderValue("text/markdown");
    using var response = await ClientFor(n).PostAsync("/v1/work-items/lint", content);
    await response.Content.LoadIntoBufferAsync();
    return response.StatusCode;
}

var firstRefusal = 0;
async Task<HttpStatusCode> Post(long n, string path, string? json)
{
    using var content = json is null ? null : new StringContent(json, Encoding.UTF8, "application/json");
    using var response = await ClientFor(n).PostAsync(path, content);
    var body = await response.Content.ReadAsStringAsync();
    if ((int)response.StatusCode >= 400 && Interlocked.Exchange(ref firstRefusal, 1) == 0)
    {
        Console.Error.WriteLine("first refusal: POST " + path + " -> " + (int)response.StatusCode + " " + body[..Math.Min(body.Length, 600)]);
    }

    return response.StatusCode;
}

// Warm-up: the first requests pay for jitting, not for the work.
for (var i = 0; i < 200 * instances; i++)
{
    await Lint(i);
}

var ids = new string[assignments];
var lint = new LoadRun("lint (POST /v1/work-items/lint)");
await lint.RunAsync(clients, TimeSpan.FromSeconds(seconds), (_, n) => Lint(n));

var assign = new LoadRun("assign (POST /v1/work-items/{id}/assignments)");
await assign.RunAsync(clients, TimeSpan.FromSeconds(seconds), (_, n) => n >= assignments ? null : AssignAsync((int)n));

async Task<HttpStatusCode> AssignAsync(int i)
{
    using var response = await ClientFor(i).PostAsync("/v1/work-items/" + LoadId(i) + "/assignments", null);
    var body = await response.Content.ReadAsStringAsync();
    var id = Regex.Match(body, "\"id\":\"([^\"]+)\"");
    ids[i] = id.Success ? id.Groups[1].Value : string.Empty;
    return response.StatusCode;
}

var submit = new LoadRun(evidence is null ? "submit (POST /v1/assignments/{id}/submissions)" : "submit with a " + evidenceTests.ToString("N0", CultureInfo.InvariantCulture) + "-test TRX (" + (evidence.Bytes / 1024 / 1024.0).ToString("F1", CultureInfo.InvariantCulture) + " MB)");
var refusedSubmissions = 0;
await submit.RunAsync(clients, TimeSpan.FromSeconds(seconds), (_, n) => n >= assignments ? null : SubmitAsync(n));

async Task<HttpStatusCode> SubmitAsync(long n)
{
    var changed = "{\"changedFiles\":[\"src/m" + n + "/a.ts\"]";
    var status = await Post(n, "/v1/assignments/" + ids[n] + "/submissions", evidence is null ? changed + "}" : changed + "," + evidence.TestRunsJson(LoadId((int)n)) + "}");
    if (status != HttpStatusCode.OK)
    {
        Interlocked.Increment(ref refusedSubmissions);
    }

    return status;
}
var complete = new LoadRun("complete (POST /v1/assignments/{id}/complete)");
await complete.RunAsync(clients, TimeSpan.FromSeconds(seconds), (_, n) => n >= assignments ? null : Post(n, "/v1/assignments/" + ids[n] + "/complete", null));

foreach (var process in hosts)
{
    process.Kill();
    process.WaitForExit();
    process.Dispose();
}

foreach (var hostClient in clientsByHost)
{
    hostClient.Dispose();
}

foreach (var handler in handlers)
{
    handler.Dispose();
}

Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0} host(s) on ledger {1} with {2:N0} Work Items, {3} concurrent clients, loopback, {4} processors", instances, ledger.StartsWith("postgres:", StringComparison.Ordinal) ? "postgres" : ledger, assignments + 10, clients, Environment.ProcessorCount));
var runs = new[] { lint, assign, submit, complete };
foreach (var run in runs)
{
    Console.WriteLine(run.Report());
}

var serverErrors = runs.Sum(r => r.ServerErrors);
Console.WriteLine(serverErrors == 0 ? "no 5xx" : serverErrors + " server errors or failed connections");
Console.WriteLine(refusedSubmissions == 0 ? "every submission accepted" : refusedSubmissions + " submissions not accepted");
Directory.Delete(folder, recursive: true);
return serverErrors == 0 && refusedSubmissions == 0 ? 0 : 1;

string? Option(string name, string? fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : fallback;
}

static string LoadId(int i) => "WI-LOAD-" + i.ToString("D5", CultureInfo.InvariantCulture);
