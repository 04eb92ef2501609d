using System;
using System.IO;
using System.Security.Cryptography;
using System.Text;

namespace Tamer.Spec.Cli.Caching;

/// <summary>The two things every part of the cache does with bytes: write a part, and hash.</summary>
internal static class CacheBytes
{
    /// <summary>The bytes <paramref name="write"/> writes (strings in UTF-8, as every part is read).</summary>
    public static byte[] Of(Action<BinaryWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            write(writer);
        }

        return stream.ToArray();
    }

    /// <summary>Bytes as the hex of their SHA-256.</summary>
    public static string Hash(ReadOnlySpan<byte> content) => Convert.ToHexString(SHA256.HashData(content));

    /// <summary>A text's UTF-8 bytes as the hex of their SHA-256.</summary>
    public static string Hash(string text) => Hash(Encoding.UTF8.GetBytes(text));
}
