using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Tamer.Spec.Engine;
using Tamer.Spec.Formats;
using Tamer.Spec.Parsing;
using Tamer.Spec.Rules;

namespace Tamer.Spec.Cli.Caching;

/// <summary>
/// <c>lint --cache</c>: keeps each file's result between runs under <c>.tamer-cache/</c>, keyed by the
/// hash of its bytes and by a run key (<see cref="CacheKeys.Run"/>). A file whose size and time are
/// those it had when it was hashed is not read again (one modified shortly before, or since, the
/// start of the run that wrote the cache is hashed whatever its time); a file whose bytes changed is
/// parsed and linted. An unchanged file keeps its cached result only while everything other files'
/// checks read is the same as when it was found: every file's <see cref="CrossItemFacts"/> (so a
/// changed id, status, scope or dependency, or a file added, removed or renamed, lints every file
/// again) and the repository's answers (<see cref="RecordingRepositoryView"/>). Then the unchanged
/// Work Items take part in the cross-item checks of the changed ones through their stored
/// <see cref="WorkItemFacts"/> on a <see cref="TextSkeleton"/>, without being read or parsed.
/// </summary>
internal sealed class LintCache
{
    /// <summary>The cache's folder, under the configuration's folder.</summary>
    private const string FolderName = ".tamer-cache";

    private const string FileName = "lint.cache";

    private static readonly TimeSpan RacyWindow = TimeSpan.FromSeconds(2);

    private readonly string _path;
    private readonly string _runKey;
    private readonly DiagnosticCodec _codec;
    private readonly bool _readsFacts;
    private readonly long _startedTicks = DateTime.UtcNow.Ticks;
    private readonly Task<LintCacheFile?> _reading;
    private readonly Dictionary<string, int> _indexByPath = new(StringComparer.Ordinal);
    private RecordingRepositoryView? _repository;
    private LintCacheFile? _stored;
    private LoadedFiles? _loaded;

    private LintCache(string path, string runKey, DiagnosticCodec codec, bool readsFacts)
    {
        _path = path;
        _runKey = runKey;
        _codec = codec;
        _readsFacts = readsFacts;
        _reading = Task.Run(() => LintCacheFile.TryRead(path, runKey));
    }

    /// <summary>
    /// Opens the cache of <paramref name="session"/>'s configuration folder for a run of its selected
    /// rules, and starts reading its file (call before the Work Items are looked for: a file modified
    /// after this moment is hashed again by the next run).
    /// </summary>
    public static LintCache Open(TamerSession session, IEnumerable<string> settings, string workingFolder) =>
        new(
            Path.Combine(session.Root, FolderName, FileName),
            CacheKeys.Run(session, settings, workingFolder),
            new DiagnosticCodec(session.Engine.SelectRules(session.Configuration).Rules),
            CrossItemFacts.OnlyFactsAreRead(session));

    /// <summary>
    /// The repository the rules should ask instead of <paramref name="repository"/>, which remembers
    /// their questions (call before <see cref="Load"/>).
    /// </summary>
    public IRepositoryView? Watch(IRepositoryView? repository)
    {
        _repository = repository is null ? null : new RecordingRepositoryView(repository);
        return _repository;
    }

    /// <summary>
    /// Reads every file (the first <paramref name="reportedCount"/> are reported, the rest context)
    /// as far as this run needs; a file that cannot be read stops the run with a usage error naming
    /// it, as without the cache.
    /// </summary>
    /// <param name="fullPaths">The files.</param>
    /// <param name="reportedCount">How many of them, first, are reported.</param>
    /// <param name="environment">The environment (paths as shown).</param>
    /// <param name="limits">The parse limits.</param>
    /// <param name="formatOf">The format <c>.tamer.yml</c> assigns a file, or null.</param>
    /// <param name="seen">The size and time the folder walk saw for a file, when it did (saves asking again).</param>
    public IReadOnlyList<WorkItemDocument> Load(IReadOnlyList<string> fullPaths, int reportedCount, CliEnvironment environment, ParseLimits limits, Func<string, FormatProfile?> formatOf, Func<string, (long Length, long ModifiedTicks)?> seen)
    {
        _stored = _reading.GetAwaiter().GetResult();
        var count = fullPaths.Count;
        var loaded = new LoadedFiles(count);
        var known = new CacheEntry?[count];
        var documents = new WorkItemDocument[count];
        Each(count, i =>
        {
            var shown = environment.DisplayPath(fullPaths[i]);
            loaded.Shown[i] = shown;
            var entry = _stored?.Entries.GetValueOrDefault(shown);
            var bytes = Hash(fullPaths[i], seen(fullPaths[i]), entry, loaded, i, limits);
            if (bytes is null && entry is not null && string.Equals(entry.ContentHash, loaded.Hashes[i], StringComparison.Ordinal))
            {
                known[i] = entry;
                loaded.Digests[i] = entry.Digest;
                return;
            }

            documents[i] = Parse(fullPaths[i], shown, bytes, loaded.Sizes[i], limits, formatOf);
            var (digest, facts) = CrossItemFacts.Of(documents[i], loaded.Hashes[i], _readsFacts);
            loaded.Digests[i] = digest;
            loaded.Facts[i] = facts is null ? default : new ArraySegment<byte>(facts);
            loaded.ParsedWhole[i] = true;
            known[i] = entry is not null && string.Equals(entry.ContentHash, loaded.Hashes[i], StringComparison.Ordinal) ? entry : null;

            // Read again: its bytes changed, or only its time (a checkout, a touch), which the cache
            // then learns so that the next run need not read it.
            loaded.AnyChanged = true;
        });

        loaded.WorkspaceKey = CacheKeys.Workspace(loaded.Shown, loaded.Digests, fullPaths);
        loaded.Reusing = _stored is not null
            && string.Equals(_stored.WorkspaceKey, loaded.WorkspaceKey, StringComparison.Ordinal)
            && _stored.Repository.All(q => _repository?.StillAnswers(q.Question, q.Answer) ?? false);
        if (loaded.Reusing)
        {
            CollectionPause.Begin(count);
        }

        Each(count, i =>
        {
            if (known[i] is not { } unchanged)
            {
                return;
            }

            loaded.Skeletons[i] = unchanged.Skeleton;
            if (!loaded.ParsedWhole[i])
            {
                loaded.Facts[i] = unchanged.Facts;
            }

            if (loaded.Reusing)
            {
                loaded.Results[i] = unchanged.Verdict;
            }

            // A reported file is rebuilt from its facts only when its result is taken from the cache:
            // the rules never lint a rebuilt document.
            if (!loaded.ParsedWhole[i] && loaded.Reusing && (unchanged.Verdict.Array is not null || i >= reportedCount) && unchanged.Rebuild() is { } rebuilt)
            {
                documents[i] = rebuilt;
                return;
            }

            if (!loaded.ParsedWhole[i])
            {
                documents[i] = Parse(fullPaths[i], loaded.Shown[i], null, loaded.Sizes[i], limits, formatOf);
                loaded.ParsedWhole[i] = true;
            }
        });

        if (loaded.Reusing && !Decode(loaded, documents))
        {
            // A result the cache cannot give back: every file is read whole and linted.
            loaded.Reusing = false;
            Each(count, i =>
            {
                if (!loaded.ParsedWhole[i])
                {
                    documents[i] = Parse(fullPaths[i], loaded.Shown[i], null, loaded.Sizes[i], limits, formatOf);
                    loaded.ParsedWhole[i] = true;
                }

                loaded.Results[i] = default;
                loaded.Decoded[i] = null;
            });
        }

        for (var i = 0; i < count; i++)
        {
            _indexByPath[loaded.Shown[i]] = i;
        }

        loaded.Documents = documents;
        _loaded = loaded;
        return documents;
    }

    /// <summary>The cached result of a reported document, when this run may reuse it; otherwise null.</summary>
    public FileLintResult? KnownResult(WorkItemDocument document) =>
        _loaded is { Reusing: true } loaded && _indexByPath.TryGetValue(document.Path, out var i) && ReferenceEquals(loaded.Documents![i], document) ? loaded.Decoded[i] : null;

    /// <summary>
    /// Writes what this run found back to the cache, unless it learnt nothing new. Never fails the
    /// run: a cache that cannot be written costs the next run its speed, not this run its report.
    /// </summary>
    public void Save(LintResult result)
    {
        CollectionPause.End();
        try
        {
            if (_loaded is { } loaded && Entries(loaded, result) is { } entries)
            {
                var answers = (loaded.Reusing ? _stored!.Repository : []).Concat(_repository?.Asked ?? []).Distinct().OrderBy(q => q.Question.Path, StringComparer.Ordinal).ThenBy(q => q.Question.IsFolder).ToList();
                new LintCacheFile(_runKey, _startedTicks, loaded.WorkspaceKey, answers, entries).Write(_path);
            }
        }
#pragma warning disable CA1031 // The cache is an optimisation: nothing it does may change the run's outcome.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }

    // Runs body for every file on both cores; a file that cannot be read stops the run with a usage
    // error naming the first of them, as the loader without the cache does.
    private static void Each(int count, Action<int> body)
    {
        var failures = new string?[count];
        Parallel.For(0, count, i =>
        {
            try
            {
                body(i);
            }
            catch (UsageException exception)
            {
                failures[i] = exception.Message;
            }
        });

        if (failures.FirstOrDefault(f => f is not null) is { } failure)
        {
            throw new UsageException(failure);
        }
    }

    // The entries to write, or null when the cache already says all this run found.
    private Dictionary<string, CacheEntry>? Entries(LoadedFiles loaded, LintResult result)
    {
        var resultsByPath = result.Files.ToDictionary(f => f.Path, StringComparer.Ordinal);
        var linted = 0;
        var entries = new CacheEntry[loaded.Shown.Length];
        Parallel.For(0, entries.Length, i =>
        {
            var verdict = loaded.Results[i];
            var document = loaded.Documents![i];
            var reported = resultsByPath.TryGetValue(loaded.Shown[i], out var file) && !ReferenceEquals(file, loaded.Decoded[i]);
            if (reported)
            {
                // Results are kept for native Work Items only: other formats' results are placed across
                // the files of a feature folder, which the engine does again each run.
                verdict = WorkItemFacts.Of(file!.Document) is not null && ReferenceEquals(file.Document, document) ? new ArraySegment<byte>(DiagnosticCodec.Encode(file)) : default;
                Interlocked.Increment(ref linted);
            }

            var skeleton = loaded.Skeletons[i];
            if (loaded.ParsedWhole[i])
            {
                // The skeleton reaches as far as the facts and the positions the kept result's fixes
                // name (a result linted now, or one taken from the cache for a file read whole).
                var kept = verdict.Array is null ? null : reported ? file : loaded.Decoded[i];
                skeleton = loaded.Facts[i].Array is not null && WorkItemFacts.Of(document) is { } facts
                    ? new ArraySegment<byte>(TextSkeleton.Of(document.Text, facts, kept is null ? 0 : TextSkeleton.Reach(kept)).ToBytes())
                    : default;
            }

            entries[i] = new CacheEntry(loaded.Hashes[i], loaded.Sizes[i], loaded.Times[i], loaded.Digests[i], loaded.Facts[i], skeleton, verdict);
        });

        if (loaded.Reusing && !loaded.AnyChanged && linted == 0 && !(_repository?.AnyAsked ?? false))
        {
            return null;
        }

        var byPath = new Dictionary<string, CacheEntry>(StringComparer.Ordinal);
        for (var i = 0; i < entries.Length; i++)
        {
            byPath[loaded.Shown[i]] = entries[i];
        }

        return byPath;
    }

    // Finds the hash of file i's bytes and returns the bytes, or null when they were not read: the
    // file's size and time are the entry's (and older than the start of the run that wrote the
    // cache, less a margin for file systems that keep times to the second), or it is over the size
    // limit (then its "hash" names its size, and it matches an entry only of the same size).
    private byte[]? Hash(string fullPath, (long Length, long ModifiedTicks)? seen, CacheEntry? entry, LoadedFiles loaded, int i, ParseLimits limits)
    {
        try
        {
            return HashOrThrow(fullPath, seen, entry, loaded, i, limits);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new UsageException("cannot read " + loaded.Shown[i] + ": " + exception.Message);
        }
    }

    private byte[]? HashOrThrow(string fullPath, (long Length, long ModifiedTicks)? seen, CacheEntry? entry, LoadedFiles loaded, int i, ParseLimits limits)
    {
        var (size, time) = seen ?? Stat(fullPath);
        loaded.Sizes[i] = size;
        loaded.Times[i] = time;
        if (entry is not null && entry.Size == size && entry.ModifiedTicks == time && time < _stored!.StartedTicks - RacyWindow.Ticks)
        {
            loaded.Hashes[i] = entry.ContentHash;
            return null;
        }

        if (size > limits.MaxFileBytes)
        {
            loaded.Hashes[i] = "over the size limit: " + size;
            return null;
        }

        var bytes = File.ReadAllBytes(fullPath);
        loaded.Hashes[i] = CacheBytes.Hash(bytes);
        return bytes;
    }

    private static (long Length, long ModifiedTicks) Stat(string fullPath)
    {
        var info = new FileInfo(fullPath);
        return (info.Length, info.LastWriteTimeUtc.Ticks);
    }

    // The file parsed from the bytes that were hashed (read now when they were not), as the loader
    // without the cache reads it: a file over the size limit is not read at all.
    private static WorkItemDocument Parse(string fullPath, string shown, byte[]? bytes, long size, ParseLimits limits, Func<string, FormatProfile?> formatOf)
    {
        var profile = formatOf(fullPath);
        if (size > limits.MaxFileBytes)
        {
            return WorkItemParser.TooLarge(shown, size, limits, profile);
        }

        try
        {
            return WorkItemParser.Parse(shown, bytes ?? File.ReadAllBytes(fullPath), limits, profile, fullPath);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new UsageException("cannot read " + shown + ": " + exception.Message);
        }
    }

    private bool Decode(LoadedFiles loaded, WorkItemDocument[] documents)
    {
        var readable = true;
        Parallel.For(0, documents.Length, i =>
        {
            if (loaded.Results[i].Array is null)
            {
                return;
            }

            try
            {
                loaded.Decoded[i] = _codec.Decode(loaded.Results[i], documents[i]);
            }
#pragma warning disable CA1031 // A result the cache cannot give back, for whatever reason, is linted again.
            catch (Exception exception) when (exception is not OutOfMemoryException)
#pragma warning restore CA1031
            {
                readable = false;
            }
        });

        return readable;
    }
}
