using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Tamer.Spec.Engine;
using Tamer.Spec.Text;

namespace Tamer.Spec.Cli.Caching;

/// <summary>
/// A file's text as far as a document rebuilt from its <see cref="WorkItemFacts"/> needs it: the same
/// line breaks up to the last position anything reads, the characters of the lines the facts were
/// read from, and spaces elsewhere. Kept in the cache, it gives an unchanged file's document without reading the file:
/// positions in it (a duplicate id's line, a fix's range in a report) are the file's.
/// </summary>
internal sealed class TextSkeleton
{
    // More than any file the parser reads: a longer skeleton is a damaged one.
    private const int MostChars = 1 << 26;

    private readonly int _length;
    private readonly bool _byteOrderMark;
    // Each line break as its offset times two, plus one for a carriage return.
    private readonly int[] _breaks;
    private readonly (int Offset, string Text)[] _kept;

    private TextSkeleton(int length, bool byteOrderMark, int[] breaks, (int Offset, string Text)[] kept)
    {
        _length = length;
        _byteOrderMark = byteOrderMark;
        _breaks = breaks;
        _kept = kept;
    }

    /// <summary>
    /// The skeleton of <paramref name="text"/> that keeps the lines of <paramref name="facts"/> and
    /// ends with the line of <paramref name="extent"/>: nothing reads a position past it.
    /// </summary>
    public static TextSkeleton Of(SourceText text, WorkItemFacts facts, int extent)
    {
        var content = text.Text;
        var end = content.Length;
        foreach (var span in facts.Spans)
        {
            extent = Math.Max(extent, span.End);
        }

        if (extent < content.Length)
        {
            var lineBreak = content.IndexOfAny(['\r', '\n'], extent);
            end = lineBreak < 0 ? content.Length : lineBreak + (content[lineBreak] == '\r' && lineBreak + 1 < content.Length && content[lineBreak + 1] == '\n' ? 2 : 1);
        }

        var breaks = new List<int>();
        for (var i = 0; i < end; i++)
        {
            if (content[i] is '\n' or '\r')
            {
                breaks.Add((i << 1) | (content[i] == '\r' ? 1 : 0));
            }
        }

        var lines = new SortedDictionary<int, TextSpan>();
        foreach (var span in facts.Spans)
        {
            var first = text.GetPosition(span.Start).Line;
            var last = text.GetPosition(Math.Max(span.Start, span.End - 1)).Line;
            for (var line = first; line <= last; line++)
            {
                lines[line] = text.GetLineSpan(line);
            }
        }

        var kept = new List<(int, string)>(lines.Count);
        foreach (var span in lines.Values)
        {
            kept.Add((span.Start, text.ToString(span)));
        }

        return new TextSkeleton(end, text.HasByteOrderMark, breaks.ToArray(), kept.ToArray());
    }

    /// <summary>The skeleton's bytes in the cache.</summary>
    public byte[] ToBytes() => CacheBytes.Of(WriteTo);

    /// <summary>
    /// The furthest position a report of <paramref name="file"/> reads in the file's text (the end of
    /// a fix's edit): the skeleton must reach it.
    /// </summary>
    public static int Reach(FileLintResult file)
    {
        var reach = 0;
        foreach (var diagnostic in file.Diagnostics.Concat(file.SuppressedDiagnostics).Concat(file.BaselinedDiagnostics))
        {
            foreach (var edit in diagnostic.Fixes.SelectMany(f => f.Edits))
            {
                reach = Math.Max(reach, edit.Span.End);
            }
        }

        return reach;
    }

    private void WriteTo(BinaryWriter writer)
    {
        writer.Write(_length);
        writer.Write(_byteOrderMark);
        writer.Write(_breaks.Length);
        foreach (var position in _breaks)
        {
            writer.Write(position);
        }

        writer.Write(_kept.Length);
        foreach (var (offset, text) in _kept)
        {
            writer.Write(offset);
            writer.Write(text);
        }
    }

    /// <summary>
    /// The text of the skeleton <see cref="ToBytes"/> wrote, read straight from the cache's bytes:
    /// spaces, the line breaks where the file has them, and the kept lines.
    /// </summary>
    public static SourceText ReadText(BinaryReader reader)
    {
        var length = reader.ReadInt32();
        var byteOrderMark = reader.ReadBoolean();
        if (length < 0 || length > MostChars || reader.BaseStream is not MemoryStream stream || !stream.TryGetBuffer(out var bytes))
        {
            throw new InvalidDataException("not a skeleton");
        }

        var text = string.Create(length, (reader, stream, bytes), static (chars, state) =>
        {
            var (reader, stream, bytes) = state;
            chars.Fill(' ');
            for (var i = CacheReading.Count(reader); i > 0; i--)
            {
                var position = reader.ReadInt32();
                if (position < 0 || position >> 1 >= chars.Length)
                {
                    throw new InvalidDataException("a line break outside the text");
                }

                chars[position >> 1] = (position & 1) == 1 ? '\r' : '\n';
            }

            for (var i = CacheReading.Count(reader); i > 0; i--)
            {
                var offset = reader.ReadInt32();
                var byteCount = reader.Read7BitEncodedInt();
                var start = (int)stream.Position;
                if (offset < 0 || byteCount < 0 || byteCount > stream.Length - start)
                {
                    throw new InvalidDataException("a kept line outside the skeleton");
                }

                var line = bytes.AsSpan(start, byteCount);
                if (offset > chars.Length || Encoding.UTF8.GetCharCount(line) > chars.Length - offset)
                {
                    throw new InvalidDataException("a kept line outside the text");
                }

                Encoding.UTF8.GetChars(line, chars[offset..]);
                stream.Position = start + byteCount;
            }
        });
        return SourceText.From(text, byteOrderMark);
    }
}
