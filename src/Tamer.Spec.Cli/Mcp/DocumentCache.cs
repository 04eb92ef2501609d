using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Tamer.Spec.Cli.Files;
using Tamer.Spec.Formats;
using Tamer.Spec.Parsing;

namespace Tamer.Spec.Cli.Mcp;

/// <summary>
/// The parsed Work Item files of a long-running server, read again only when a file's length or
/// last write time changed since it was parsed: a lint of one Work Item against a workspace of
/// thousands parses one file, not thousands. Files are read as the command line reads them.
/// </summary>
internal sealed class DocumentCache
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly CliEnvironment _environment;

    public DocumentCache(CliEnvironment environment)
    {
        _environment = environment;
    }

    /// <summary>
    /// The documents of <paramref name="fullPaths"/>, in their order, each read in the format
    /// <paramref name="formatOf"/> gives it (<c>formats:</c> of the configuration), or recognised
    /// from its path and text when it gives none. A file read in another format before is read again.
    /// </summary>
    public IReadOnlyList<WorkItemDocument> Load(IReadOnlyList<string> fullPaths, Func<string, FormatProfile?> formatOf)
    {
        var documents = new WorkItemDocument?[fullPaths.Count];
        var stamps = new Stamp[fullPaths.Count];
        var formats = new FormatProfile?[fullPaths.Count];
        var stale = new List<int>();
        for (var i = 0; i < fullPaths.Count; i++)
        {
            stamps[i] = Stamp.Of(fullPaths[i]);
            formats[i] = formatOf(fullPaths[i]);
            if (_entries.TryGetValue(fullPaths[i], out var entry) && entry.Stamp == stamps[i] && ReferenceEquals(entry.Format, formats[i]))
            {
                documents[i] = entry.Document;
            }
            else
            {
                stale.Add(i);
            }
        }

        var read = WorkItemFileLoader.Load(stale.Select(i => fullPaths[i]).ToList(), _environment, ParseLimits.Default, formatOf);
        for (var k = 0; k < stale.Count; k++)
        {
            var i = stale[k];
            documents[i] = read[k];
            _entries[fullPaths[i]] = new Entry(stamps[i], formats[i], read[k]);
        }

        return documents!;
    }

    private sealed record Entry(Stamp Stamp, FormatProfile? Format, WorkItemDocument Document);

    private readonly record struct Stamp(long Length, DateTime LastWriteUtc)
    {
        public static Stamp Of(string fullPath)
        {
            var info = new FileInfo(fullPath);
            return info.Exists ? new Stamp(info.Length, info.LastWriteTimeUtc) : new Stamp(-1, DateTime.MinValue);
        }
    }
}
