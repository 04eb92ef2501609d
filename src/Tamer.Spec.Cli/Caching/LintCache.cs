using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Tamer.Spec.Engine;
using Tamer.Spec.Formats;
using Tamer.Spec.Parsing;
using Tamer.Spec.Rules;

namespace Tamer.Spec.Cli.Caching;

/// <summary>
/// <c>lint --cache</c>: keeps each file's result between runs under <c>.tamer-cache/</c>, keyed by the
/// hash of its bytes and by a run key (tool and rule pack builds, configuration, baseline, working
/// folder). A file whose size and time changed is read and hashed again (one modified just before the
/// cache was written is hashed whatever its time); a file whose bytes changed is parsed and linted.
/// An unchanged file keeps its cached result only while everything other files' checks read is the
/// same as when it was found: every file's <see cref="CrossItemFacts"/> (so a changed id, status,
/// scope or dependency, or a file added, removed or renamed, lints every file again) and the
/// repository's answers (<see cref="RecordingRepositoryView"/>). Then the unchanged Work Items take
/// part in the cross-item checks of the changed ones through their stored <see cref="WorkItemFacts"/>
/// on a <see cref="TextSkeleton"/>, without being read or parsed.
/// </summary>
internal sealed class LintCache
{
    /// <summary>The cache's folder, under the configuration's folder.</summary>
    public const string FolderName = ".tamer-cache";

    private const string FileName = "lint.cache";

    private static readonly TimeSpan RacyWindow = TimeSpan.FromSeconds(2);

    private readonly string _path;
    private readonly string _runKey;
    private readonly DiagnosticCodec _codec;
    private readonly Task<LintCacheFile?> _reading;
    private readonly bool _readsFacts;
    private RecordingRepositoryView? _repository;
    private LintCacheFile? _stored;
    private readonly Dictionary<string, int> _indexByPath = new(StringComparer.Ordinal);
    [ThreadStatic]
    private static BinaryReader? _reader;

    [ThreadStatic]
    private static byte[]? _readerContent;

    private Loaded? _loaded;

    private LintCache(string path, string runKey, DiagnosticCodec codec, bool readsFacts)
    {
        _readsFacts = readsFacts;
        _path = path;
        _runKey = runKey;
        _codec = codec;
        _reading = Task.Run(() => LintCacheFile.TryRead(path, runKey));
    }

    /// <summary>
    /// The repository the rules should ask instead of <paramref name="repository"/>, which remembers
    /// their questions (call before <see cref="Load"/>).
    /// </summary>
    public IRepositoryView? Watch(IRepositoryView? repository)
    {
        _repository = repository is null ? null : new RecordingRepositoryView(repository);
        return _repository;
    }

    /// <summary>True when this run reused cached results (nothing any check reads changed but some files' bytes).</summary>
    public bool Reused => _loaded?.Reusing ?? false;

    /// <summary>
    /// Opens the cache of the configuration folder <paramref name="root"/> for a run of
    /// <paramref name="rules"/>, and starts reading its file.
    /// </summary>
    /// <param name="root">The configuration's folder.</param>
    /// <param name="runKey">The run key (<see cref="RunKey"/>).</param>
    /// <param name="rules">The rule versions of the run.</param>
    /// <param name="readsFacts">
    /// True when only the built-in rule packs run, whose cross-item checks read nothing of another Work
    /// Item but its <see cref="WorkItemFacts"/>. A plug-in pack may read anything: then every file is
    /// taken whole, and any change to any file lints every file again.
    /// </param>
    public static LintCache Open(string root, string runKey, IEnumerable<SelectedRule> rules, bool readsFacts) =>
        new(Path.Combine(root, FolderName, FileName), runKey, new DiagnosticCodec(rules), readsFacts);

    /// <summary>
    /// The run key: the builds of the tool and of every rule pack, the configuration file's bytes,
    /// the command line's rule and severity settings, the baseline file's bytes and, with a baseline,
    /// the date (its entries expire), and the working folder (reports show paths relative to it).
    /// </summary>
    public static string RunKey(TamerSession session, IEnumerable<string> settings, string workingFolder)
    {
        var key = new StringBuilder("tamer-lint ").Append(TamerVersion.Semantic).Append('\n');
        var assemblies = new[] { typeof(LintEngine).Assembly, typeof(LintCache).Assembly }
            .Concat(session.Engine.Packs.Select(p => p.GetType().Assembly))
            .Distinct();
        foreach (var assembly in assemblies)
        {
            key.Append(assembly.GetName().Name).Append(' ').Append(assembly.ManifestModule.ModuleVersionId).Append('\n');
        }

        key.Append("configuration ").Append(session.ConfigurationPath).Append(' ').Append(HashOfFile(session.ConfigurationPath)).Append('\n');
        foreach (var setting in settings)
        {
            key.Append("setting ").Append(setting).Append('\n');
        }

        if (session.Baseline is not null)
        {
            key.Append("baseline ").Append(HashOfFile(session.BaselinePath)).Append(' ').Append(DateTime.Now.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).Append('\n');
        }

        key.Append("folder ").Append(workingFolder).Append('\n');
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key.ToString())));
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
        var loaded = new Loaded(count);
        var known = new CacheEntry?[count];
        var documents = new WorkItemDocument[count];
        var failures = new string?[count];
        Parallel.For(0, count, i =>
        {
            var shown = environment.DisplayPath(fullPaths[i]);
            loaded.Shown[i] = shown;
            try
            {
                var entry = _stored?.Entries.GetValueOrDefault(shown);
                known[i] = Hash(fullPaths[i], seen(fullPaths[i]), entry, loaded, i, limits) ? entry : null;
                if (known[i] is { } unchanged)
                {
                    loaded.Digests[i] = unchanged.Digest;
                    return;
                }

                documents[i] = ReadWhole(fullPaths[i], shown, limits, formatOf);
                var (digest, facts) = CrossItemFacts.Of(documents[i], loaded.Hashes[i], _readsFacts);
                loaded.Digests[i] = digest;
                loaded.Facts[i] = facts is null ? default : new ArraySegment<byte>(facts);
                loaded.ParsedWhole[i] = true;
                loaded.AnyChanged = true;
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                failures[i] = "cannot read " + shown + ": " + exception.Message;
            }
        });

        if (failures.FirstOrDefault(f => f is not null) is { } failure)
        {
            throw new UsageException(failure);
        }

        loaded.WorkspaceKey = WorkspaceKey(loaded, fullPaths);
        loaded.Reusing = _stored is not null
            && string.Equals(_stored.WorkspaceKey, loaded.WorkspaceKey, StringComparison.Ordinal)
            && _stored.Repository.All(q => _repository?.StillAnswers(q.Question, q.Answer) ?? false);
        if (loaded.Reusing)
        {
            HoldCollections(count);
        }
        Parallel.For(0, count, i =>
        {
            if (known[i] is not { } unchanged)
            {
                return;
            }

            loaded.Facts[i] = unchanged.Facts;
            loaded.Skeletons[i] = unchanged.Skeleton;

            // A reported file is rebuilt from its facts only when its result is taken from the cache:
            // the rules never lint a rebuilt document.
            if (loaded.Reusing && (unchanged.Verdict.Array is not null || i >= reportedCount) && Rebuild(unchanged) is { } rebuilt)
            {
                documents[i] = rebuilt;
                loaded.Verdicts[i] = unchanged.Verdict;
                return;
            }

            documents[i] = ReadWhole(fullPaths[i], loaded.Shown[i], limits, formatOf);
            loaded.ParsedWhole[i] = true;
        });

        if (loaded.Reusing && !DecodeVerdicts(loaded, documents))
        {
            // A result the cache cannot give back: every file is read whole and linted.
            Parallel.For(0, count, i =>
            {
                if (!loaded.ParsedWhole[i])
                {
                    documents[i] = ReadWhole(fullPaths[i], loaded.Shown[i], limits, formatOf);
                    loaded.ParsedWhole[i] = true;
                }

                loaded.Verdicts[i] = default;
                loaded.Results[i] = null;
            });
            loaded.Reusing = false;
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
        _loaded is { Reusing: true } loaded && _indexByPath.TryGetValue(document.Path, out var i) && ReferenceEquals(loaded.Documents![i], document) ? loaded.Results[i] : null;

    /// <summary>Writes what this run found back to the cache, unless it learnt nothing new.</summary>
    public void Save(LintResult result)
    {
        if (GCSettings.LatencyMode == GCLatencyMode.NoGCRegion)
        {
            try
            {
                GC.EndNoGCRegion();
            }
            catch (InvalidOperationException)
            {
                // The run outgrew the budget and a collection ran: nothing to end.
            }
        }

        if (_loaded is not { } loaded)
        {
            return;
        }

        var questions = _repository?.Asked ?? [];
        var stored = loaded.Reusing ? _stored!.Repository : [];
        var answers = stored.Concat(questions).Distinct().OrderBy(q => q.Question.Path, StringComparer.Ordinal).ThenBy(q => q.Question.IsFolder).ToList();
        var resultsByPath = result.Files.ToDictionary(f => f.Path, StringComparer.Ordinal);
        var linted = 0;
        var entries = new CacheEntry[loaded.Shown.Length];
        Parallel.For(0, entries.Length, i =>
        {
            var verdict = loaded.Verdicts[i];
            var document = loaded.Documents![i];
            var reported = resultsByPath.TryGetValue(loaded.Shown[i], out var file) && !ReferenceEquals(file, loaded.Results[i]);
            if (reported)
            {
                verdict = loaded.Facts[i].Array is not null && ReferenceEquals(file!.Document, document) ? new ArraySegment<byte>(Encode(file)) : default;
                Interlocked.Increment(ref linted);
            }

            var skeleton = loaded.Skeletons[i];
            if (loaded.ParsedWhole[i])
            {
                // The skeleton reaches as far as the facts and the positions the result's fixes name.
                skeleton = WorkItemFacts.Of(document) is { } facts && loaded.Facts[i].Array is not null
                    ? new ArraySegment<byte>(TextSkeleton.Of(document.Text, facts, reported && verdict.Array is not null ? Extent(file!) : 0).ToBytes())
                    : default;
            }

            entries[i] = new CacheEntry(loaded.Hashes[i], loaded.Sizes[i], loaded.Times[i], loaded.Digests[i], loaded.Facts[i], skeleton, verdict);
        });

        if (loaded.Reusing && !loaded.AnyChanged && linted == 0 && answers.Count == stored.Count)
        {
            return;
        }

        var byPath = new Dictionary<string, CacheEntry>(StringComparer.Ordinal);
        for (var i = 0; i < entries.Length; i++)
        {
            byPath[loaded.Shown[i]] = entries[i];
        }

        try
        {
            new LintCacheFile(_runKey, DateTime.UtcNow.Ticks, loaded.WorkspaceKey, answers, byPath).Write(_path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // A cache that cannot be written costs the next run its speed, never this run its report.
        }
    }

    // Finds the hash of file i's bytes, and whether it is the cached entry's. A file whose size and
    // time are the entry's is not read again, unless it was modified so shortly before the cache was
    // written that a change in the same tick could hide behind the same time.
    private bool Hash(string fullPath, (long Length, long ModifiedTicks)? seen, CacheEntry? entry, Loaded loaded, int i, ParseLimits limits)
    {
        long size, time;
        if (seen is { } walked)
        {
            (size, time) = walked;
        }
        else
        {
            var info = new FileInfo(fullPath);
            (size, time) = (info.Length, info.LastWriteTimeUtc.Ticks);
        }

        loaded.Sizes[i] = size;
        loaded.Times[i] = time;
        if (entry is not null && entry.Size == size && entry.ModifiedTicks == time && time < _stored!.WrittenTicks - RacyWindow.Ticks)
        {
            loaded.Hashes[i] = entry.ContentHash;
            return true;
        }

        loaded.Hashes[i] = size > limits.MaxFileBytes ? "over the size limit: " + size : CrossItemFacts.HashBytes(File.ReadAllBytes(fullPath));
        return entry is not null && string.Equals(entry.ContentHash, loaded.Hashes[i], StringComparison.Ordinal);
    }

    private static WorkItemDocument? Rebuild(CacheEntry entry)
    {
        if (entry.Facts.Array is null || entry.Skeleton.Array is null)
        {
            return null;
        }

        try
        {
            var reader = Reader(entry.Skeleton);
            var text = TextSkeleton.ReadText(reader);
            if (reader.BaseStream.Position != entry.Skeleton.Offset + entry.Skeleton.Count)
            {
                return null;
            }

            reader = Reader(entry.Facts);
            var document = WorkItemFacts.ReadDocument(reader, text);
            return reader.BaseStream.Position == entry.Facts.Offset + entry.Facts.Count ? document : null;
        }
        catch (Exception exception) when (exception is InvalidDataException or EndOfStreamException or ArgumentException)
        {
            return null;
        }
    }

    // A reader of the cache file's bytes at the start of part: one per thread and file, since a
    // reader's buffers cost more than most of the parts it reads.
    private static BinaryReader Reader(ArraySegment<byte> part)
    {
        if (!ReferenceEquals(_readerContent, part.Array))
        {
            _reader = new BinaryReader(new MemoryStream(part.Array!, 0, part.Array!.Length, writable: false, publiclyVisible: true), Encoding.UTF8);
            _readerContent = part.Array;
        }

        _reader!.BaseStream.Position = part.Offset;
        return _reader;
    }

    // The furthest position a report of the result reads in the file's text: the end of a fix's edit.
    private static int Extent(FileLintResult file)
    {
        var extent = 0;
        foreach (var diagnostic in file.Diagnostics.Concat(file.SuppressedDiagnostics).Concat(file.BaselinedDiagnostics))
        {
            foreach (var fix in diagnostic.Fixes)
            {
                foreach (var edit in fix.Edits)
                {
                    extent = Math.Max(extent, edit.Span.End);
                }
            }
        }

        return extent;
    }

    // A run that reuses the cache rebuilds every unchanged Work Item, all of which live to the end of
    // the run: a collection in between could only copy them from generation to generation. So none
    // runs until the results are saved, within a budget of what such a run allocates (past it, or
    // where the runtime refuses, collections run as usual).
    private static void HoldCollections(int files)
    {
        const long PerFile = 16 * 1024;
        const long Least = 32L * 1024 * 1024;
        const long Most = 256L * 1024 * 1024;
        try
        {
            GC.TryStartNoGCRegion(Math.Min(Most, Least + (files * PerFile)));
        }
        catch (Exception exception) when (exception is ArgumentOutOfRangeException or InvalidOperationException)
        {
        }
    }

    private static WorkItemDocument ReadWhole(string fullPath, string shown, ParseLimits limits, Func<string, FormatProfile?> formatOf)
    {
        try
        {
            return WorkItemParser.ReadFile(fullPath, shown, limits, formatOf(fullPath));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new UsageException("cannot read " + shown + ": " + exception.Message);
        }
    }

    private static string HashOfFile(string? path)
    {
        try
        {
            return path is not null && File.Exists(path) ? CrossItemFacts.HashBytes(File.ReadAllBytes(path)) : "none";
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return "unreadable " + Guid.NewGuid();
        }
    }

    // Every file's facts in order, and the Backlog.md status lists their statuses are read with.
    private static string WorkspaceKey(Loaded loaded, IReadOnlyList<string> fullPaths)
    {
        var key = new StringBuilder(loaded.Shown.Length * 100);
        var boards = new SortedSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < loaded.Shown.Length; i++)
        {
            key.Append(loaded.Shown[i]).Append('\t').Append(loaded.Digests[i]).Append('\n');
            if (BacklogConfiguration.PathFor(fullPaths[i]) is { } board)
            {
                boards.Add(board);
            }
        }

        foreach (var board in boards)
        {
            key.Append("board ").Append(board).Append(' ').Append(HashOfFile(board)).Append('\n');
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key.ToString())));
    }

    private bool DecodeVerdicts(Loaded loaded, WorkItemDocument[] documents)
    {
        var readable = true;
        Parallel.For(0, documents.Length, i =>
        {
            var verdict = loaded.Verdicts[i];
            if (verdict.Array is null)
            {
                return;
            }

            try
            {
                var reader = Reader(verdict);
                var diagnostics = _codec.Read(reader);
                var suppressed = _codec.Read(reader);
                var baselined = _codec.Read(reader);
                loaded.Results[i] = reader.BaseStream.Position == verdict.Offset + verdict.Count ? new FileLintResult(documents[i], diagnostics, suppressed, baselined) : throw new InvalidDataException("trailing bytes");
            }
            catch (Exception exception) when (exception is EndOfStreamException or InvalidDataException or ArgumentException or FormatException or OverflowException)
            {
                readable = false;
            }
        });

        return readable;
    }

    private static byte[] Encode(FileLintResult file)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            DiagnosticCodec.Write(writer, file.Diagnostics);
            DiagnosticCodec.Write(writer, file.SuppressedDiagnostics);
            DiagnosticCodec.Write(writer, file.BaselinedDiagnostics);
        }

        return stream.ToArray();
    }

    // What a run read, file by file (index i is fullPaths[i]).
    private sealed class Loaded
    {
        public Loaded(int count)
        {
            Shown = new string[count];
            Hashes = new string[count];
            Sizes = new long[count];
            Times = new long[count];
            Digests = new string[count];
            Facts = new ArraySegment<byte>[count];
            Skeletons = new ArraySegment<byte>[count];
            Verdicts = new ArraySegment<byte>[count];
            Results = new FileLintResult?[count];
            ParsedWhole = new bool[count];
        }

        public string[] Shown { get; }

        public string[] Hashes { get; }

        public long[] Sizes { get; }

        public long[] Times { get; }

        public string[] Digests { get; }

        public ArraySegment<byte>[] Facts { get; }

        public ArraySegment<byte>[] Skeletons { get; }

        public ArraySegment<byte>[] Verdicts { get; }

        public FileLintResult?[] Results { get; }

        public bool[] ParsedWhole { get; }

        public string WorkspaceKey { get; set; } = string.Empty;

        public bool Reusing { get; set; }

        public bool AnyChanged { get; set; }

        public WorkItemDocument[]? Documents { get; set; }

    }
}
