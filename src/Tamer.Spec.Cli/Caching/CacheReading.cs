using System;
using System.IO;
using System.Text;

namespace Tamer.Spec.Cli.Caching;

/// <summary>Reading the cache file's bytes: bounded counts, and one reader per thread.</summary>
internal static class CacheReading
{
    [ThreadStatic]
    private static BinaryReader? _reader;

    [ThreadStatic]
    private static byte[]? _readerContent;

    /// <summary>A count read from the cache, refused when it cannot fit in what is left (a damaged file).</summary>
    public static int Count(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        return count >= 0 && count <= reader.BaseStream.Length - reader.BaseStream.Position ? count : throw new InvalidDataException("a count past the end of the cache");
    }

    /// <summary>An enumeration's value read from the cache, refused when the type has no such value.</summary>
    public static T Enum<T>(BinaryReader reader)
        where T : struct, Enum
    {
        var value = reader.ReadInt32();
        return System.Enum.IsDefined(typeof(T), value) ? (T)(object)value : throw new InvalidDataException("no " + typeof(T).Name + " " + value);
    }

    /// <summary>
    /// A reader of the cache file's bytes at the start of <paramref name="part"/>: one per thread and
    /// file, since a reader's buffers cost more than most of the parts it reads.
    /// </summary>
    public static BinaryReader At(ArraySegment<byte> part)
    {
        if (!ReferenceEquals(_readerContent, part.Array))
        {
            _reader = new BinaryReader(new MemoryStream(part.Array!, 0, part.Array!.Length, writable: false, publiclyVisible: true), Encoding.UTF8);
            _readerContent = part.Array;
        }

        _reader!.BaseStream.Position = part.Offset;
        return _reader;
    }

    /// <summary>True when <paramref name="reader"/> stopped exactly at the end of <paramref name="part"/>.</summary>
    public static bool AtEnd(BinaryReader reader, ArraySegment<byte> part) => reader.BaseStream.Position == part.Offset + part.Count;
}
