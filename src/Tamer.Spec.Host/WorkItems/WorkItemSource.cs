using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.Extensions.Logging;
using Tamer.Spec.Configuration;
using Tamer.Spec.Engine;
using Tamer.Spec.Parsing;
using Tamer.Spec.Repository;
using Tamer.Spec.Rules;

namespace Tamer.Spec.Host.WorkItems;

/// <summary>
/// Reads the Work Items folder as <c>tamer-lint &lt;folder&gt;</c> does (every <c>*.md</c> under it that
/// the configuration does not exclude, with the nearest <c>.tamer.yml</c> or the one given; inside a
/// repository, the other Work Items the configuration includes come along as context) and
/// notices changes: a watcher on the folder and on the configuration file bumps
/// <see cref="Generation"/>, and the next request reads the files again. The host only reads them.
/// </summary>
internal sealed partial class WorkItemSource : IDisposable
{
    private readonly string _folder;
    private readonly string? _repositoryRoot;
    private readonly string? _configurationFile;
    private readonly ILogger _logger;
    private LintEngine _engine;
    private readonly List<FileSystemWatcher> _watchers = new();
    private readonly HashSet<string> _watchedMemoryFolders = new(StringComparer.Ordinal);
    private readonly HashSet<string> _reportedLinks = new(StringComparer.Ordinal);
    private long _generation = 1;

    public WorkItemSource(HostSettings settings, ILogger<WorkItemSource> logger)
    {
        ArgumentNullException.ThrowIfNull(settings);
        _folder = settings.WorkItems;
        _engine = BuiltInRulePacks.CreateEngine();
        _logger = logger;
        _repositoryRoot = Repository.RepositoryRoot.Find(_folder);
        _configurationFile = settings.ConfigurationFile ?? ConfigurationLocator.Find(_folder, _repositoryRoot);
        Watch(_folder, "*", recursive: true);
        if (_configurationFile is not null)
        {
            Watch(Path.GetDirectoryName(_configurationFile)!, Path.GetFileName(_configurationFile), recursive: false);
        }
    }

    /// <summary>Grows whenever a file under the folder (or the configuration) may have changed.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    /// <summary>The repository that holds the Work Items, or null.</summary>
    public string? RepositoryRoot => _repositoryRoot;

    /// <summary>
    /// The engine: the built-in packs and the packs the configuration's <c>plugins</c> names, loaded
    /// once at start (a pack that cannot be loaded is logged as TMR9003 and left out).
    /// </summary>
    public LintEngine Engine => _engine;

    /// <summary>
    /// Opens the session once, at start: the configuration, and the plug-in packs it names (a pack
    /// that cannot be loaded is logged as TMR9003 and left out). A configuration that cannot be
    /// used is a <see cref="HostStartException"/>.
    /// </summary>
    public void LoadPlugins()
    {
        var session = Open(loadPlugins: true);
        foreach (var problem in session.Engine.PackProblems)
        {
            LogPluginProblem(_logger, problem.Id, problem.Message);
        }

        _engine = session.Engine;
    }

    /// <summary>Reads configuration and files; throws <see cref="HostStartException"/> when the configuration has errors.</summary>
    public WorkItemFiles Load()
    {
        var generation = Generation;
        var session = Open(loadPlugins: false);
        var configuration = session.Configuration;
        var root = session.Root;
        var finder = new WorkItemFileFinder(root, configuration, _repositoryRoot);
        // The invariants registry and the rejected-designs log are context for the memory axis, never served Work Items.
        var memory = finder.FindMemoryFiles();
        var served = finder.FindInFolder(_folder).Except(memory, StringComparer.Ordinal).ToList();
        var context = (_repositoryRoot is null ? [] : finder.FindIncluded().Except(served, StringComparer.Ordinal)).Concat(memory).Distinct(StringComparer.Ordinal).ToList();
        LogLinksOutside(finder, configuration, root);
        WatchMemoryFolders(configuration, root);
        return new WorkItemFiles(configuration, root, _repositoryRoot, ReadAll(served, root, configuration), ReadAll(context, root, configuration), generation, session.Baseline);
    }

    private List<WorkItemDocument> ReadAll(IEnumerable<string> files, string root, TamerConfiguration configuration)
    {
        var documents = new List<WorkItemDocument>();
        foreach (var file in files)
        {
            if (Read(file, root, configuration) is { } document)
            {
                documents.Add(document);
            }
        }

        return documents;
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }
    }

    // The session every host opens; the packs loaded at start stay, the configuration is read again.
    private TamerSession Open(bool loadPlugins)
    {
        var session = TamerSession.Open(_folder, new TamerSessionOptions
        {
            ConfigurationFile = _configurationFile,
            RepositoryRoot = _repositoryRoot,
            Packs = loadPlugins ? null : _engine.Packs,
            LoadPlugins = loadPlugins,
        });
        return session.FailureMessage is { } failure ? throw HostStartException.Configuration(failure) : session;
    }

    // A file over the size limit is not read (its length is enough to report it); one that vanished
    // or cannot be read is left out with a warning, and the next change reads it again. A file is
    // read in the format the formats: globs give its path (relative to the configuration's folder).
    private WorkItemDocument? Read(string file, string root, TamerConfiguration configuration)
    {
        var display = Path.GetRelativePath(root, file).Replace('\\', '/');
        try
        {
            return WorkItemParser.ReadFile(file, display, null, configuration.FindFormat(display));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            LogUnreadable(_logger, display, exception.Message);
            return null;
        }
    }

    // The folders of the invariants registry and the rejected-designs log (the literal part of each
    // glob), watched once each, so that an edited invariant or record reaches the next assignment.
    private void WatchMemoryFolders(TamerConfiguration configuration, string root)
    {
        foreach (var glob in configuration.InvariantsRegistry.Concat(configuration.RejectedDesignsLog))
        {
            var pattern = Tamer.Spec.Paths.PathPattern.Parse(glob);
            var folder = Path.Combine([root, .. pattern.Segments.Take(pattern.LiteralSegmentCount)]);
            if (!pattern.IsValid || !Directory.Exists(folder))
            {
                continue;
            }

            lock (_watchedMemoryFolders)
            {
                if (_watchedMemoryFolders.Add(Path.GetFullPath(folder)))
                {
                    Watch(folder, "*", recursive: true);
                }
            }
        }
    }

    private void Watch(string folder, string filter, bool recursive)
    {
        try
        {
            var watcher = new FileSystemWatcher(folder, filter) { IncludeSubdirectories = recursive, NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size };
            watcher.Changed += (_, _) => Interlocked.Increment(ref _generation);
            watcher.Created += (_, _) => Interlocked.Increment(ref _generation);
            watcher.Deleted += (_, _) => Interlocked.Increment(ref _generation);
            watcher.Renamed += (_, _) => Interlocked.Increment(ref _generation);
            watcher.Error += (_, _) => Interlocked.Increment(ref _generation);
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
        catch (Exception exception) when (exception is IOException or ArgumentException or PlatformNotSupportedException)
        {
            LogNotWatched(_logger, folder, exception.Message);
        }
    }

    // Each link once in the host's life, not at every reading of the folder.
    private void LogLinksOutside(WorkItemFileFinder finder, TamerConfiguration configuration, string root)
    {
        foreach (var link in LinkDiagnostics.For(finder.LinksOutside, configuration, p => Path.GetRelativePath(root, p).Replace('\\', '/')))
        {
            bool first;
            lock (_reportedLinks)
            {
                first = _reportedLinks.Add(link.Message);
            }

            if (first)
            {
                LogLinkOutside(_logger, link.Id, link.Message);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Id}: {Message}")]
    private static partial void LogPluginProblem(ILogger logger, string id, string message);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Id}: {Message}")]
    private static partial void LogLinkOutside(ILogger logger, string id, string message);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cannot read {Path}: {Reason}; it is left out until it changes again")]
    private static partial void LogUnreadable(ILogger logger, string path, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cannot watch {Folder} for changes ({Reason}); restart the host to read changed Work Items")]
    private static partial void LogNotWatched(ILogger logger, string folder, string reason);
}
