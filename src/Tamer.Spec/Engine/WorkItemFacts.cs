using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using Tamer.Spec.Formats;
using Tamer.Spec.Model;
using Tamer.Spec.Parsing;
using Tamer.Spec.Paths;
using Tamer.Spec.Text;
using Tamer.Spec.Yaml;

namespace Tamer.Spec.Engine;

/// <summary>
/// What the checks of other Work Items read of one Work Item of the native format: its path, id,
/// status, scope paths and <c>depends_on</c> entries, each with its place in the file. A host that
/// keeps results between runs stores these facts (<see cref="WriteTo"/>) with the hash of the file's
/// bytes and, while the file is unchanged, gives the workspace the document
/// <see cref="ReadDocument"/> rebuilds from them instead of parsing the file again: the cross-item
/// checks of the files that did change are computed from the stored facts, never taken from a
/// stored verdict.
/// </summary>
/// <remarks>
/// A rebuilt document carries nothing else (no criteria, invariants or body): it is for the
/// workspace and for reporting a result found earlier, never to be linted itself.
/// </remarks>
public sealed class WorkItemFacts
{
    private const int FormatVersion = 1;

    private readonly WorkItem _workItem;

    private WorkItemFacts(string path, WorkItem workItem)
    {
        Path = path;
        _workItem = workItem;
    }

    /// <summary>The path of the file, as its document has it.</summary>
    public string Path { get; }

    /// <summary>Every span of the file the facts were read from: a rebuilt document needs the characters of their lines.</summary>
    public IEnumerable<TextSpan> Spans =>
        new[] { _workItem.Id?.Span, _workItem.StatusSpan, _workItem.Scope.KeySpan, _workItem.Scope.Write?.KeySpan, _workItem.Scope.ReadOnly?.KeySpan, _workItem.Scope.Forbidden?.KeySpan, _workItem.DependsOn.DeclarationSpan, _workItem.DependsOn.OtherDeclarationSpan }.OfType<TextSpan>()
            .Concat(_workItem.Scope.AllPaths.Select(p => p.Span))
            .Concat(_workItem.DependsOn.Items.Select(d => d.Span));

    /// <summary>
    /// The facts of <paramref name="document"/>; null when it is not a parsed Work Item of the
    /// native format (other formats' checks read more of each other: such a file is parsed each time).
    /// </summary>
    public static WorkItemFacts? Of(WorkItemDocument document)
    {
        if (document is null)
        {
            throw new ArgumentNullException(nameof(document));
        }

        return document.Role == DocumentRole.WorkItem && ReferenceEquals(document.Profile, FormatProfiles.Native) && document.Joined.Count == 0 && document.WorkItem is { } workItem
            ? new WorkItemFacts(document.Path, workItem)
            : null;
    }

    /// <summary>Writes the facts in a versioned binary form that <see cref="ReadDocument"/> reads back.</summary>
    public void WriteTo(BinaryWriter writer)
    {
        if (writer is null)
        {
            throw new ArgumentNullException(nameof(writer));
        }

        var scope = _workItem.Scope;
        writer.Write(FormatVersion);
        writer.Write(Path);
        writer.Write(_workItem.Id is not null);
        if (_workItem.Id is { } id)
        {
            writer.Write(id.Value);
            WriteSpan(writer, id.Span);
        }

        writer.Write((int)_workItem.Status);
        WriteSpan(writer, _workItem.StatusSpan);
        writer.Write(!ReferenceEquals(scope, ScopeDeclaration.Missing));
        writer.Write((int)scope.Shape);
        WriteSpan(writer, scope.KeySpan);
        WriteList(writer, scope.Write);
        WriteList(writer, scope.ReadOnly);
        WriteList(writer, scope.Forbidden);
        WriteEntries(writer, scope.LegacyPaths);
        var dependsOn = _workItem.DependsOn;
        writer.Write(!ReferenceEquals(dependsOn, DeclaredList<SourcedText>.Absent));
        writer.Write((int)dependsOn.Origin);
        WriteSpan(writer, dependsOn.DeclarationSpan);
        WriteSpan(writer, dependsOn.OtherDeclarationSpan);
        writer.Write(dependsOn.Items.Count);
        foreach (var dependency in dependsOn.Items)
        {
            writer.Write(dependency.Value);
            WriteSpan(writer, dependency.Span);
        }
    }

    /// <summary>
    /// The Work Item that facts written by <see cref="WriteTo"/> describe, on <paramref name="text"/>:
    /// the file's text, or any text whose line breaks are where the file's are up to the last of
    /// <see cref="Spans"/> and whose characters on their lines are the file's (the rest may be
    /// blanked, and the text may stop after them). Throws <see cref="InvalidDataException"/> when the
    /// bytes are not such facts or do not fit the text.
    /// </summary>
    public static WorkItemDocument ReadDocument(BinaryReader reader, SourceText text)
    {
        if (reader is null || text is null)
        {
            throw new ArgumentNullException(reader is null ? nameof(reader) : nameof(text));
        }

        try
        {
            if (reader.ReadInt32() != FormatVersion)
            {
                throw new InvalidDataException("facts of another format");
            }

            var path = reader.ReadString();
            var parts = new WorkItemParts(SourcedText.FromSpan(text, new TextSpan(text.Length, 0)));
            if (reader.ReadBoolean())
            {
                parts.Id = Sourced(text, reader.ReadString(), ReadSpan(reader, text));
            }

            parts.Status = Enum<WorkItemStatus>(reader);
            parts.StatusSpan = ReadOptionalSpan(reader, text);
            var hasScope = reader.ReadBoolean();
            var shape = Enum<ScopeShape>(reader);
            var keySpan = ReadSpan(reader, text);
            var write = ReadList(reader, text);
            var readOnly = ReadList(reader, text);
            var forbidden = ReadList(reader, text);
            var legacy = ReadEntries(reader, text, ScopeAccess.Write);
            parts.Scope = hasScope ? new ScopeDeclaration(shape, keySpan, null, write, readOnly, forbidden, null, legacy) : ScopeDeclaration.Missing;
            var hasDependsOn = reader.ReadBoolean();
            var origin = Enum<ListOrigin>(reader);
            var declaration = ReadSpan(reader, text);
            var other = ReadOptionalSpan(reader, text);
            var dependencies = new SourcedText[Count(reader)];
            for (var i = 0; i < dependencies.Length; i++)
            {
                dependencies[i] = Sourced(text, reader.ReadString(), ReadSpan(reader, text));
            }

            parts.DependsOn = hasDependsOn ? new DeclaredList<SourcedText>(origin, declaration, dependencies, other) : DeclaredList<SourcedText>.Absent;
            return new WorkItemDocument(path, text, Array.Empty<ParseProblem>(), new WorkItem(parts), FormatProfiles.Native, DocumentRole.WorkItem, null);
        }
        catch (Exception exception) when (exception is EndOfStreamException or ArgumentException or FormatException or OverflowException)
        {
            throw new InvalidDataException("unreadable facts: " + exception.Message, exception);
        }
    }

    private static SourcedText Sourced(SourceText text, string value, TextSpan span) =>
        SourcedText.Aligned(text, value, span, span, doubleQuoted: false, singleQuoted: false);

    private static void WriteList(BinaryWriter writer, PathList? list)
    {
        writer.Write(list is not null);
        if (list is not null)
        {
            WriteSpan(writer, list.KeySpan);
            writer.Write((int)list.Access);
            WriteEntries(writer, list.Entries);
        }
    }

    private static PathList? ReadList(BinaryReader reader, SourceText text)
    {
        if (!reader.ReadBoolean())
        {
            return null;
        }

        var keySpan = ReadSpan(reader, text);
        var access = Enum<ScopeAccess>(reader);
        return new PathList(access, keySpan, new YamlScalar(keySpan, keySpan, string.Empty, YamlScalarStyle.Plain, null), ReadEntries(reader, text, access));
    }

    private static void WriteEntries(BinaryWriter writer, IReadOnlyList<PathEntry> entries)
    {
        writer.Write(entries.Count);
        foreach (var entry in entries)
        {
            writer.Write(entry.Node.Value);
            WriteSpan(writer, entry.Node.Span);
            WriteSpan(writer, entry.Node.ContentSpan);
            writer.Write((int)entry.Node.Style);
        }
    }

    private static PathEntry[] ReadEntries(BinaryReader reader, SourceText text, ScopeAccess access)
    {
        var entries = new PathEntry[Count(reader)];
        for (var i = 0; i < entries.Length; i++)
        {
            var value = reader.ReadString();
            var node = new YamlScalar(ReadSpan(reader, text), ReadSpan(reader, text), value, Enum<YamlScalarStyle>(reader), null);
            entries[i] = new PathEntry(access, node, Patterns.Of(value));
        }

        return entries;
    }

    private static T Enum<T>(BinaryReader reader)
        where T : struct, Enum
    {
        var value = reader.ReadInt32();
        return System.Enum.IsDefined(typeof(T), value) ? (T)(object)value : throw new InvalidDataException("no " + typeof(T).Name + " " + value);
    }

    private static int Count(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        return count >= 0 && count <= reader.BaseStream.Length - reader.BaseStream.Position ? count : throw new InvalidDataException("a count past the end of the facts");
    }

    private static void WriteSpan(BinaryWriter writer, TextSpan span)
    {
        writer.Write(span.Start);
        writer.Write(span.Length);
    }

    private static void WriteSpan(BinaryWriter writer, TextSpan? span)
    {
        writer.Write(span is not null);
        if (span is { } given)
        {
            WriteSpan(writer, given);
        }
    }

    private static TextSpan ReadSpan(BinaryReader reader, SourceText text)
    {
        var span = new TextSpan(reader.ReadInt32(), reader.ReadInt32());
        return span.End <= text.Length ? span : throw new InvalidDataException("a span past the end of the text");
    }

    private static TextSpan? ReadOptionalSpan(BinaryReader reader, SourceText text) => reader.ReadBoolean() ? ReadSpan(reader, text) : null;

    // The patterns of the paths rebuilt so far: a repository's Work Items name the same folders again
    // and again, and a pattern is immutable. Bounded, so that a long-running host does not grow it.
    private static class Patterns
    {
        private const int MostKept = 16384;
        private static readonly ConcurrentDictionary<string, PathPattern> Known = new(StringComparer.Ordinal);

        // Counted apart: the dictionary's own count takes every one of its locks.
        private static int _kept;

        public static PathPattern Of(string text)
        {
            if (Known.TryGetValue(text, out var known))
            {
                return known;
            }

            var pattern = PathPattern.Parse(text);
            if (Volatile.Read(ref _kept) < MostKept && Known.TryAdd(text, pattern))
            {
                Interlocked.Increment(ref _kept);
            }

            return pattern;
        }
    }
}
