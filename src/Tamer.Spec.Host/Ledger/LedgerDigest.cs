using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text.Json;

namespace Tamer.Spec.Host.Ledger;

/// <summary>
/// How many events and the SHA-256 of their lines (each event as the file ledger writes it, with
/// its line end): two ledgers with the same digest hold the same events. For a file the host
/// wrote, the hash is the file's own.
/// </summary>
internal readonly record struct LedgerDigest(int Count, string Sha256)
{
    public static LedgerDigest Of(IReadOnlyList<LedgerEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var entry in events)
        {
            hash.AppendData(Line(entry));
        }

        return new LedgerDigest(events.Count, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }

    /// <summary>The event as one ledger line, line end included.</summary>
    public static byte[] Line(LedgerEvent entry)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(entry, LedgerJson.Default.LedgerEvent);
        var line = new byte[json.Length + 1];
        json.CopyTo(line, 0);
        line[^1] = (byte)'\n';
        return line;
    }

    public override string ToString() => Count + (Count == 1 ? " event" : " events") + ", SHA-256 " + Sha256;
}
