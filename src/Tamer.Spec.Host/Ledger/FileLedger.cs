using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace Tamer.Spec.Host.Ledger;

/// <summary>
/// The ledger as one append-only file, <c>ledger.jsonl</c> under the data folder: one JSON event a
/// line, each written and flushed to the disk (fsync) before <see cref="Append"/> returns. At start
/// a torn last line, the trace of a crash in the middle of a write, is dropped (the file is cut back
/// to the last whole line) with a warning; any other damaged line stops the start, since the host
/// cannot know what it meant. A lock file (<c>.lock</c>, held exclusively while the host runs) keeps
/// a second host off the same data folder. After a failed write the ledger takes no more events
/// until a restart has read back what the disk holds. Kept as <c>--ledger file:</c> for one release;
/// <see cref="LedgerMigration"/> copies it into a database.
/// </summary>
internal sealed partial class FileLedger : ILedger
{
    public const string FileName = "ledger.jsonl";

    /// <summary>The lock file a host holds in the data folder while it uses the file ledger.</summary>
    public const string LockName = ".lock";

    private readonly ExclusiveLock _lock;
    private readonly FileStream _stream;
    private readonly List<LedgerEvent> _events;
    private string? _broken;

    private FileLedger(ExclusiveLock lockFile, FileStream stream, List<LedgerEvent> events, string description)
    {
        _lock = lockFile;
        _stream = stream;
        _events = events;
        Description = description;
    }

    public string Description { get; }

    public bool IsShared => false;

    /// <summary>Opens (or creates) the ledger in <paramref name="dataFolder"/> and reads it back.</summary>
    public static FileLedger Open(string dataFolder, ILogger logger)
    {
        var path = Path.Combine(dataFolder, FileName);
        var lockFile = ExclusiveLock.Take(Path.Combine(dataFolder, LockName), "the data folder " + dataFolder);
        FileStream? stream = null;
        try
        {
            stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read, bufferSize: 1, FileOptions.None);
            var events = Replay(stream, path, logger);
            stream.Seek(0, SeekOrigin.End);
            return new FileLedger(lockFile, stream, events, "file:" + path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            stream?.Dispose();
            lockFile.Dispose();
            throw new HostStartException("cannot open the ledger " + path + ": " + exception.Message, exception);
        }
        catch
        {
            stream?.Dispose();
            lockFile.Dispose();
            throw;
        }
    }

    public IReadOnlyList<LedgerEvent> ReadAfter(long sequence) => sequence >= _events.Count ? [] : _events.GetRange((int)sequence, _events.Count - (int)sequence);

    public void Append(LedgerEvent entry)
    {
        if (_broken is not null)
        {
            throw new LedgerUnavailableException("an earlier write failed (" + _broken + "); restart the host so it reads back what the disk holds");
        }

        var line = LedgerDigest.Line(entry);
        var length = _stream.Length;
        try
        {
            _stream.Write(line);
            _stream.Flush(flushToDisk: true);
        }
        catch (IOException exception)
        {
            // Leave no half line behind; and since the disk may hold the line anyway, take no more
            // events until a restart has read back what is there.
            _broken = exception.Message;
            TryCutBack(length);
            throw;
        }

        _events.Add(entry);
    }

    public void Dispose()
    {
        _stream.Dispose();
        _lock.Dispose();
    }

    private void TryCutBack(long length)
    {
        try
        {
            _stream.SetLength(length);
            _stream.Seek(length, SeekOrigin.Begin);
        }
        catch (IOException)
        {
            // The next start drops a torn last line.
        }
    }

    private static List<LedgerEvent> Replay(FileStream stream, string path, ILogger logger)
    {
        var content = new byte[stream.Length];
        stream.ReadExactly(content);
        var events = new List<LedgerEvent>();
        var start = 0;
        var lineNumber = 0;
        while (start < content.Length)
        {
            lineNumber++;
            var end = Array.IndexOf(content, (byte)'\n', start);
            var isLast = end < 0 || end == content.Length - 1;
            var line = content.AsSpan(start, (end < 0 ? content.Length : end) - start);
            var problem = Read(line, events.Count + 1, out var entry, out var unreadable);
            if (problem is null && end >= 0)
            {
                events.Add(entry!);
                start = end + 1;
                continue;
            }

            // Only a crash in the middle of a write is forgiven: a last line without its end, or
            // one that is not JSON. A whole event that does not follow is damage like any other.
            if (!isLast || (end >= 0 && !unreadable))
            {
                throw new HostStartException(path + "(" + lineNumber + "): " + (problem ?? "damaged line") + "; the ledger is damaged before its last line, so the host will not guess what it held (restore it from a backup, or move it away to start empty)");
            }

            LogTornLine(logger, path, lineNumber, line.Length, problem ?? "the line has no end");
            stream.SetLength(start);
            stream.Flush(flushToDisk: true);
            break;
        }

        return events;
    }

    private static string? Read(ReadOnlySpan<byte> line, long expectedSequence, out LedgerEvent? entry, out bool unreadable)
    {
        entry = null;
        unreadable = false;
        try
        {
            entry = JsonSerializer.Deserialize(line, LedgerJson.Default.LedgerEvent);
        }
        catch (JsonException exception)
        {
            unreadable = true;
            return "not a ledger event (" + exception.Message + ")";
        }

        if (entry is null || entry.Type is null || entry.AssignmentId is null || entry.WorkItemId is null || entry.Worker is null)
        {
            return "an event without its type, assignment, Work Item or worker";
        }

        return entry.Sequence == expectedSequence ? null : "event number " + entry.Sequence + " where " + expectedSequence + " was due";
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ledger {Path}: dropped the torn last line {Line} ({Bytes} bytes: {Reason}), left by a write a crash interrupted; the request that wrote it was never acknowledged")]
    private static partial void LogTornLine(ILogger logger, string path, int line, int bytes, string reason);
}
