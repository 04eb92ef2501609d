using System;
using System.Collections.Generic;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using Tamer.Spec.Engine;
using Tamer.Spec.Parsing;

namespace Tamer.Spec.Cli.Caching;

/// <summary>
/// The cache's one file, <c>.tamer-cache/lint.cache</c>: a header naming its format and the run key
/// it was written under (tool, rule packs, configuration), when the run that wrote it started, the
/// digest of the workspace's cross-item facts, the repository questions its results depend on, one
/// entry per file, and the SHA-256 of all that. A file that is missing, damaged (its hash does not
/// match), of another format or written under another key reads as no cache at all.
/// </summary>
internal sealed class LintCacheFile
{
    private const string Magic = "tamer-lint cache";
    private const int FormatVersion = 1;
    private const int ChecksumLength = 32;

    public LintCacheFile(string runKey, long startedTicks, string workspaceKey, IReadOnlyList<(RepositoryQuestion Question, bool Answer)> repository, IReadOnlyDictionary<string, CacheEntry> entries)
    {
        RunKey = runKey;
        StartedTicks = startedTicks;
        WorkspaceKey = workspaceKey;
        Repository = repository;
        Entries = entries;
    }

    public string RunKey { get; }

    /// <summary>
    /// When the run that wrote the cache started (UTC ticks), before it looked at any file: a file
    /// modified shortly before, or since, is hashed again whatever its time says.
    /// </summary>
    public long StartedTicks { get; }

    public string WorkspaceKey { get; }

    public IReadOnlyList<(RepositoryQuestion Question, bool Answer)> Repository { get; }

    /// <summary>The entries by the path each file is shown with.</summary>
    public IReadOnlyDictionary<string, CacheEntry> Entries { get; }

    /// <summary>The cache at <paramref name="path"/> when it was written under <paramref name="runKey"/>; otherwise null.</summary>
    public static LintCacheFile? TryRead(string path, string runKey)
    {
        byte[] content;
        try
        {
            content = File.ReadAllBytes(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        if (content.Length < ChecksumLength || !SHA256.HashData(content.AsSpan(0, content.Length - ChecksumLength)).AsSpan().SequenceEqual(content.AsSpan(content.Length - ChecksumLength)))
        {
            return null;
        }

        try
        {
            using var reader = new BinaryReader(new MemoryStream(content, 0, content.Length - ChecksumLength, writable: false), Encoding.UTF8);
            if (reader.ReadString() != Magic || reader.ReadInt32() != FormatVersion || reader.ReadString() != runKey)
            {
                return null;
            }

            var startedTicks = reader.ReadInt64();
            var workspaceKey = reader.ReadString();
            var repository = new List<(RepositoryQuestion, bool)>();
            for (var i = CacheReading.Count(reader); i > 0; i--)
            {
                repository.Add((new RepositoryQuestion(reader.ReadString(), reader.ReadBoolean()), reader.ReadBoolean()));
            }

            var entries = new Dictionary<string, CacheEntry>(StringComparer.Ordinal);
            for (var i = CacheReading.Count(reader); i > 0; i--)
            {
                var shownPath = reader.ReadString();
                var contentHash = reader.ReadString();
                var size = reader.ReadInt64();
                var modified = reader.ReadInt64();
                var digest = reader.ReadString();
                var facts = Slice(reader, content);
                var skeleton = Slice(reader, content);
                var verdict = Slice(reader, content);
                entries[shownPath] = new CacheEntry(contentHash, size, modified, digest, facts, skeleton, verdict);
            }

            return reader.BaseStream.Position == content.Length - ChecksumLength ? new LintCacheFile(runKey, startedTicks, workspaceKey, repository, entries) : null;
        }
        catch (Exception exception) when (exception is EndOfStreamException or InvalidDataException or IOException or ArgumentException or FormatException or OverflowException)
        {
            return null;
        }
    }

    /// <summary>Writes the cache to <paramref name="path"/> through a temporary file renamed over it, so a reader never sees half of one.</summary>
    public void Write(string path)
    {
        var folder = Path.GetDirectoryName(path)!;
        Directory.CreateDirectory(folder);
        var ignore = Path.Combine(folder, ".gitignore");
        if (!File.Exists(ignore))
        {
            File.WriteAllText(ignore, "# Written by tamer-lint --cache: nothing here belongs in version control.\n*\n");
        }

        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16))
            using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
            {
                writer.Write(Magic);
                writer.Write(FormatVersion);
                writer.Write(RunKey);
                writer.Write(StartedTicks);
                writer.Write(WorkspaceKey);
                writer.Write(Repository.Count);
                foreach (var (question, answer) in Repository)
                {
                    writer.Write(question.Path);
                    writer.Write(question.IsFolder);
                    writer.Write(answer);
                }

                writer.Write(Entries.Count);
                foreach (var (shownPath, entry) in Entries)
                {
                    writer.Write(shownPath);
                    writer.Write(entry.ContentHash);
                    writer.Write(entry.Size);
                    writer.Write(entry.ModifiedTicks);
                    writer.Write(entry.Digest);
                    Write(writer, entry.Facts);
                    Write(writer, entry.Skeleton);
                    Write(writer, entry.Verdict);
                }

                writer.Flush();
                stream.Position = 0;
                var checksum = SHA256.HashData(stream);
                stream.Position = stream.Length;
                stream.Write(checksum);
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    // A part of an entry read later, in parallel, and only if the run needs it: kept as a slice of the file's bytes.
    private static ArraySegment<byte> Slice(BinaryReader reader, byte[] content)
    {
        if (!reader.ReadBoolean())
        {
            return default;
        }

        var length = CacheReading.Count(reader);
        var start = (int)reader.BaseStream.Position;
        reader.BaseStream.Position = start + length;
        return new ArraySegment<byte>(content, start, length);
    }

    private static void Write(BinaryWriter writer, ArraySegment<byte> part)
    {
        writer.Write(part.Array is not null);
        if (part.Array is not null)
        {
            writer.Write(part.Count);
            writer.Write(part.Array, part.Offset, part.Count);
        }
    }

}

/// <summary>
/// What the cache knows of one file: the hash of its bytes with the size and time it had when they
/// were hashed, its <see cref="CrossItemFacts"/> digest, the bytes of its facts and
/// <see cref="TextSkeleton"/> (none: it is parsed whole) and of its result (none when no run reported
/// it). A part that is absent has a null <see cref="ArraySegment{T}.Array"/>.
/// </summary>
internal sealed record CacheEntry(string ContentHash, long Size, long ModifiedTicks, string Digest, ArraySegment<byte> Facts, ArraySegment<byte> Skeleton, ArraySegment<byte> Verdict)
{
    /// <summary>The Work Item rebuilt from the entry's facts on its skeleton; null when it has none or they cannot be read.</summary>
    public WorkItemDocument? Rebuild()
    {
        if (Facts.Array is null || Skeleton.Array is null)
        {
            return null;
        }

        try
        {
            var reader = CacheReading.At(Skeleton);
            var text = TextSkeleton.ReadText(reader);
            if (!CacheReading.AtEnd(reader, Skeleton))
            {
                return null;
            }

            reader = CacheReading.At(Facts);
            var document = WorkItemFacts.ReadDocument(reader, text);
            return CacheReading.AtEnd(reader, Facts) ? document : null;
        }
#pragma warning disable CA1031 // Facts the cache cannot give back, for whatever reason: the file is parsed.
        catch (Exception exception) when (exception is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            return null;
        }
    }
}
