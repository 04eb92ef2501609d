using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using Tamer.Spec.Mcp;
using Tamer.Spec.Parsing;

namespace Tamer.Spec.Cli.Mcp;

/// <summary>
/// Each Work Item as a resource <c>tamer://work-items/{id}</c> (its text, as the file holds it),
/// listed and readable. The repository is watched: when a subscribed Work Item's file changes the
/// client hears <c>notifications/resources/updated</c>, and when Work Items come or go,
/// <c>notifications/resources/list_changed</c>. Files are only read.
/// </summary>
internal sealed class WorkItemResources : IDisposable
{
    /// <summary>How long the watcher waits for a burst of file events to end before it looks.</summary>
    public static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(250);

    private const string Prefix = "tamer://work-items/";
    private readonly LocalWorkspace _workspace;
    private readonly ConcurrentDictionary<string, byte> _subscribed = new(StringComparer.Ordinal);
    private readonly object _gate = new();
    private FileSystemWatcher? _watcher;
    private Timer? _timer;
    private IReadOnlyDictionary<string, string> _texts = new Dictionary<string, string>();
    private McpServer? _server;

    public WorkItemResources(LocalWorkspace workspace)
    {
        _workspace = workspace;
    }

    public static string UriOf(string id) => Prefix + id;

    public void Install(McpServerHandlers handlers)
    {
        handlers.ListResourcesHandler = (_, _) => ValueTask.FromResult(List());
        handlers.ReadResourceHandler = (context, _) => ValueTask.FromResult(Read(context.Params?.Uri));
        handlers.SubscribeToResourcesHandler = (context, _) =>
        {
            if (context.Params?.Uri is { } uri)
            {
                _subscribed[uri] = 0;
            }

            return ValueTask.FromResult(new EmptyResult());
        };
        handlers.UnsubscribeFromResourcesHandler = (context, _) =>
        {
            if (context.Params?.Uri is { } uri)
            {
                _subscribed.TryRemove(uri, out byte _);
            }

            return ValueTask.FromResult(new EmptyResult());
        };
    }

    /// <summary>
    /// Starts watching the server's folder; changes are told to <paramref name="server"/>. Where the
    /// system cannot watch it (a limit on watches, say) the resources still list and read, and
    /// <see cref="Watching"/> stays false.
    /// </summary>
    public void Watch(McpServer server)
    {
        try
        {
            StartWatching(server);
            Watching = true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or ToolInputException)
        {
            _watcher?.Dispose();
            _watcher = null;
            _workspace.KeepsPlans = false;
        }
    }

    /// <summary>True when changes to the Work Items are being announced.</summary>
    public bool Watching { get; private set; }

    private void StartWatching(McpServer server)
    {
        _server = server;
        _texts = Snapshot();
        _timer = new Timer(_ => Look(), null, Timeout.Infinite, Timeout.Infinite);
        _watcher = new FileSystemWatcher(_workspace.Root)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        FileSystemEventHandler changed = (_, _) => Heard();
        _watcher.Changed += changed;
        _watcher.Created += changed;
        _watcher.Deleted += changed;
        _watcher.Renamed += (_, _) => Heard();
        _watcher.Error += (_, _) => Heard();
        _watcher.EnableRaisingEvents = true;
        _workspace.KeepsPlans = true;
    }

    // The workspace drops what it kept at once; the announcements wait for the burst to settle.
    private void Heard()
    {
        _workspace.Changed();
        _timer?.Change(Settle, Timeout.InfiniteTimeSpan);
    }

    public void Dispose()
    {
        _watcher?.Dispose();
        _timer?.Dispose();
    }

    private ListResourcesResult List() => new()
    {
        Resources = WithIds().Select(d => new Resource
        {
            Uri = UriOf(d.Id!),
            Name = d.Id!,
            Title = d.WorkItem?.Title?.Value,
            Description = d.Path,
            MimeType = "text/markdown",
        }).ToList(),
    };

    private ReadResourceResult Read(string? uri)
    {
        var id = uri is not null && uri.StartsWith(Prefix, StringComparison.Ordinal) ? Uri.UnescapeDataString(uri[Prefix.Length..]) : null;
        var document = id is null ? null : WithIds().FirstOrDefault(d => string.Equals(d.Id, id, StringComparison.Ordinal));
        if (document is null)
        {
            throw new McpProtocolException("no Work Item has the resource URI '" + uri + "' (they are " + Prefix + "{id}; resources/list names them)", McpErrorCode.ResourceNotFound);
        }

        return new ReadResourceResult
        {
            Contents = [new TextResourceContents { Uri = uri!, MimeType = "text/markdown", Text = document.Text.Text }],
        };
    }

    // One document per id: the first file in path order, as the resources list shows them.
    private IEnumerable<WorkItemDocument> WithIds() =>
        LocalTools.Guarded(() => _workspace.Included())
            .Where(d => d.Id is not null)
            .GroupBy(d => d.Id!, StringComparer.Ordinal)
            .Select(g => g.First())
            .OrderBy(d => d.Id, StringComparer.Ordinal);

    private Dictionary<string, string> Snapshot() => WithIds().ToDictionary(d => d.Id!, d => d.Text.Text, StringComparer.Ordinal);

    private void Look()
    {
        List<string> updated;
        bool listChanged;
        lock (_gate)
        {
            Dictionary<string, string> now;
            try
            {
                now = Snapshot();
            }
#pragma warning disable CA1031 // A folder that cannot be read now is looked at again on the next change.
            catch (Exception)
#pragma warning restore CA1031
            {
                return;
            }

            var before = _texts;
            updated = now.Where(p => !before.TryGetValue(p.Key, out var text) || !string.Equals(text, p.Value, StringComparison.Ordinal))
                .Select(p => p.Key)
                .Concat(before.Keys.Where(k => !now.ContainsKey(k)))
                .Select(UriOf)
                .Where(_subscribed.ContainsKey)
                .ToList();
            listChanged = !before.Keys.Order(StringComparer.Ordinal).SequenceEqual(now.Keys.Order(StringComparer.Ordinal), StringComparer.Ordinal);
            _texts = now;
        }

        _ = NotifyAsync(updated, listChanged);
    }

    private async Task NotifyAsync(List<string> updated, bool listChanged)
    {
        if (_server is null)
        {
            return;
        }

        try
        {
            foreach (var uri in updated)
            {
                await _server.SendNotificationAsync(NotificationMethods.ResourceUpdatedNotification, new ResourceUpdatedNotificationParams { Uri = uri }).ConfigureAwait(false);
            }

            if (listChanged)
            {
                await _server.SendNotificationAsync(NotificationMethods.ResourceListChangedNotification).ConfigureAwait(false);
            }
        }
#pragma warning disable CA1031 // A client that went away hears nothing more; the server ends with its input.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }
}
