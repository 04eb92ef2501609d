using System;
using System.Collections.Generic;
using System.IO;
using System.Security.Cryptography;
using Tamer.Spec.Cli.Caching;
using Tamer.Spec.Engine;
using Tamer.Spec.Formats;
using Tamer.Spec.Parsing;

namespace Tamer.Spec.Cli.Files;

/// <summary>
/// The files of a lint, read so that memory grows with what other Work Items read of each file, not
/// with the files themselves: a Work Item of the native format is parsed once to learn its
/// <see cref="WorkItemFacts"/>, and the workspace keeps a stand-in rebuilt from them on a
/// <see cref="TextSkeleton"/> of its text (its id, status, scope and dependencies at the same
/// positions). A file read only as context is never linted; a linted one, when its turn comes, is
/// read and parsed again (its bytes must be those read first), linted whole in the stand-in's place,
/// and its result keeps a skeleton that reaches as far as its fixes: the report is the one a run
/// that keeps every file parsed gives. Any other file (a registry entry, a Backlog.md task, a Spec
/// Kit or Kiro file, whose checks read more of each other) is kept whole.
/// </summary>
internal sealed class StandInFiles
{
    // The full path, format and SHA-256 of each stand-in's file, to read it again and know it
    // unchanged (no SHA-256 for a file read only as context, which is never linted).
    private readonly Dictionary<WorkItemDocument, (string FullPath, FormatProfile? Format, byte[]? Digest)> _files;
    private readonly ParseLimits _limits;

    private StandInFiles(Dictionary<WorkItemDocument, (string, FormatProfile?, byte[]?)> files, ParseLimits limits)
    {
        _files = files;
        _limits = limits;
    }

    /// <summary>The documents of the files read, in order: stand-ins where a file has facts, whole documents elsewhere.</summary>
    public IReadOnlyList<WorkItemDocument> Documents { get; private init; } = [];

    /// <summary>
    /// Reads and parses <paramref name="fullPaths"/> in parallel, keeping stand-ins (see the class) for
    /// the files whose index <paramref name="standIn"/> accepts (all when null); only those
    /// <paramref name="linted"/> accepts (all when null) have their bytes' SHA-256 kept, to be checked
    /// when they are read again.
    /// </summary>
    public static StandInFiles Load(IReadOnlyList<string> fullPaths, CliEnvironment environment, ParseLimits limits, Func<string, FormatProfile?> formatOf, Func<int, bool>? standIn = null, Func<int, bool>? linted = null)
    {
        var formats = new FormatProfile?[fullPaths.Count];
        var standIns = new bool[fullPaths.Count];
        var digests = new byte[]?[fullPaths.Count];
        var documents = WorkItemFileLoader.Load(fullPaths, environment, limits, formatOf, (i, format, document, bytes) =>
        {
            var kept = (standIn?.Invoke(i) ?? true) && WorkItemFacts.Of(document) is { } facts ? Rebuild(document, facts, extent: 0) : null;
            formats[i] = format;
            standIns[i] = kept is not null;
            digests[i] = kept is not null && (linted?.Invoke(i) ?? true) ? SHA256.HashData(bytes) : null;
            return kept ?? document;
        });

        var files = new Dictionary<WorkItemDocument, (string, FormatProfile?, byte[]?)>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < documents.Count; i++)
        {
            if (standIns[i])
            {
                files.Add(documents[i], (fullPaths[i], formats[i], digests[i]));
            }
        }

        return new StandInFiles(files, limits) { Documents = documents };
    }

    /// <summary>
    /// The lint of a reported document (<see cref="LintOptions.LintInPlaceOf"/>): for a stand-in, its
    /// file read and parsed again and analysed in its place, the result keeping a stand-in whose text
    /// reaches its fixes; null for a whole document. A file that cannot be read again, or whose bytes
    /// are no longer those its stand-in was made from (edited during the run: the other Work Items'
    /// checks read the earlier facts), stops the run with a usage error naming it.
    /// </summary>
    public FileLintResult? LintInPlaceOf(WorkItemDocument document, Func<WorkItemDocument, FileLintResult> analyze)
    {
        if (!_files.TryGetValue(document, out var file))
        {
            return null;
        }

        WorkItemDocument whole;
        byte[] bytes;
        try
        {
            whole = WorkItemParser.ReadFile(file.FullPath, document.Path, _limits, file.Format, out bytes);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new UsageException("cannot read " + document.Path + " again while linting it: " + exception.Message);
        }

        if (file.Digest is { } digest && !SHA256.HashData(bytes).AsSpan().SequenceEqual(digest))
        {
            throw new UsageException(document.Path + " changed while it was being linted; lint again");
        }

        var result = analyze(whole);
        var reach = TextSkeleton.Reach(result);
        var kept = reach <= document.Text.Length ? document
            : WorkItemFacts.Of(whole) is { } facts ? Rebuild(whole, facts, reach)
            : whole;
        return new FileLintResult(kept!, result.Diagnostics, result.SuppressedDiagnostics, result.BaselinedDiagnostics);
    }

    // The document rebuilt from the facts of a parsed one, on the skeleton of its text that reaches
    // past extent; null when the facts cannot be read back (the parsed document is then kept).
    private static WorkItemDocument? Rebuild(WorkItemDocument document, WorkItemFacts facts, int extent) =>
        new CacheEntry(string.Empty, 0, 0, string.Empty, new ArraySegment<byte>(CacheBytes.Of(facts.WriteTo)), new ArraySegment<byte>(TextSkeleton.Of(document.Text, facts, extent).ToBytes()), default).Rebuild();
}
