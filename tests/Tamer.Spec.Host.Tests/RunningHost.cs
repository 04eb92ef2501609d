using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Tamer.Spec.Host.Ledger;
using Tamer.Spec.Testing;

namespace Tamer.Spec.Host.Tests;

/// <summary>
/// The host on a real Kestrel at 127.0.0.1 on a port the system picks, over a copy of a Work Items
/// folder, with its own data folder and token file (alice, bob). Disposing stops it and deletes
/// what it made unless <see cref="KeepFolders"/>.
/// </summary>
internal sealed class RunningHost : IAsyncDisposable
{
    public static readonly IReadOnlyDictionary<string, string> Tokens = new Dictionary<string, string>
    {
        ["alice"] = "alice-secret-token",
        ["bob"] = "bob-secret-token",
        ["carol"] = "carol-secret-token",
        ["dave"] = "dave-secret-token",
    };

    /// <summary>The roles column of the token file; alice and bob have none, so they are workers.</summary>
    public static readonly IReadOnlyDictionary<string, string> Roles = new Dictionary<string, string>
    {
        ["carol"] = "lead",
        ["dave"] = "worker,lead",
    };

    private readonly WebApplication _app;
    private readonly List<HttpClient> _clients = new();

    private RunningHost(WebApplication app, HostFolders folders, Uri address)
    {
        _app = app;
        Folders = folders;
        Address = address;
    }

    public HostFolders Folders { get; }

    public Uri Address { get; }

    public bool KeepFolders { get; set; }

    /// <summary>The events in the host's ledger (whichever kind it was started with), read from its file or database.</summary>
    public IReadOnlyList<System.Text.Json.JsonElement> LedgerEvents()
    {
        var ledger = _app.Services.GetRequiredService<HostSettings>().Ledger;
        return ledger.Kind switch
        {
            LedgerKind.File => LedgerContents.File(Path.Combine(ledger.Target, "ledger.jsonl")),
            LedgerKind.Postgres => LedgerContents.Postgres(ledger.Target),
            _ => LedgerContents.Sqlite(ledger.Target),
        };
    }

    public static async Task<RunningHost> StartAsync(HostFolders folders, params string[] extraArguments)
    {
        var app = HostApplication.Build(folders.Arguments().Concat(["--urls", "http://127.0.0.1:0"]).Concat(extraArguments).ToArray());
        await app.StartAsync(TestContext.Current.CancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new RunningHost(app, folders, new Uri(address));
    }

    /// <summary>A client with no token.</summary>
    public HttpClient Anonymous() => Client(null);

    /// <summary>A client with the worker's token.</summary>
    public HttpClient As(string worker) => Client(Tokens[worker]);

    public HttpClient Client(string? token)
    {
        var client = new HttpClient { BaseAddress = Address };
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        _clients.Add(client);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var client in _clients)
        {
            client.Dispose();
        }

        await _app.StopAsync();
        await _app.DisposeAsync();
        if (!KeepFolders)
        {
            Folders.Dispose();
        }
    }
}

/// <summary>The folders a host uses: a copy of the Work Items, a data folder and a token file.</summary>
internal sealed class HostFolders : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    private HostFolders()
    {
        WorkItems = Path.Combine(_directory.Path, "work-items");
        Data = Path.Combine(_directory.Path, "data");
        TokenFile = _directory.Write("tokens.txt", string.Join("\n", RunningHost.Tokens.Select(t => t.Key + " " + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(t.Value))) + (RunningHost.Roles.TryGetValue(t.Key, out var roles) ? " " + roles : string.Empty))) + "\n");
        Directory.CreateDirectory(WorkItems);
    }

    public string Root => _directory.Path;

    public string WorkItems { get; }

    public string Data { get; }

    public string TokenFile { get; }

    /// <summary>Folders with a copy of <paramref name="source"/> as the Work Items.</summary>
    public static HostFolders CopyOf(string source)
    {
        var folders = new HostFolders();
        foreach (var file in Directory.GetFiles(source, "*.md"))
        {
            File.Copy(file, Path.Combine(folders.WorkItems, Path.GetFileName(file)));
        }

        return folders;
    }

    public static HostFolders Examples() => CopyOf(Path.Combine(RepositoryPaths.Shared, "examples", "work-items"));

    public static HostFolders Fixture(string name) => CopyOf(Path.Combine(AppContext.BaseDirectory, "fixtures", name));

    public string[] Arguments() => ["--work-items", WorkItems, "--data", Data, "--tokens", TokenFile];

    public void Dispose() => _directory.Dispose();
}
