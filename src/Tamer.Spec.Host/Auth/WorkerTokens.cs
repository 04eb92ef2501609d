using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;

namespace Tamer.Spec.Host.Auth;

/// <summary>
/// The workers allowed in, read from the token file: one <c>worker-name sha256-hex-of-token [roles]</c>
/// line each (blank lines and <c># comments</c> skipped), the roles separated by commas
/// (<c>worker</c>, <c>reviewer</c>, <c>lead</c>; a line without them is a <c>worker</c>). The file
/// never holds a token itself. A presented token is hashed and compared with every entry in
/// constant time.
/// </summary>
internal sealed class WorkerTokens
{
    private readonly List<(string Worker, byte[] Hash, IReadOnlySet<Role> Roles)> _entries;

    private WorkerTokens(List<(string Worker, byte[] Hash, IReadOnlySet<Role> Roles)> entries)
    {
        _entries = entries;
    }

    /// <summary>Reads a token file; a malformed line is a <see cref="HostStartException"/> naming its line.</summary>
    public static WorkerTokens Load(string path)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new HostStartException("cannot read the token file " + path + ": " + exception.Message, exception);
        }

        return Parse(path, lines);
    }

    public static WorkerTokens Parse(string path, IReadOnlyList<string> lines)
    {
        var entries = new List<(string, byte[], IReadOnlySet<Role>)>();
        var workers = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var where = path + "(" + (i + 1).ToString(CultureInfo.InvariantCulture) + "): ";
            var fields = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length is not (2 or 3))
            {
                throw new HostStartException(where + "expected 'worker-name sha256-hex', found " + fields.Length + " fields (an optional third field lists roles: worker,reviewer,lead)");
            }

            if (fields[1].Length != 64 || !IsHex(fields[1]))
            {
                throw new HostStartException(where + "the second field must be the 64 hex digits of the token's SHA-256, not the token");
            }

            if (!workers.Add(fields[0]))
            {
                throw new HostStartException(where + "the worker '" + fields[0] + "' has a line already");
            }

            var hash = Convert.FromHexString(fields[1]);
            if (entries.Any(e => e.Item2.AsSpan().SequenceEqual(hash)))
            {
                throw new HostStartException(where + "the token of '" + fields[0] + "' is already another worker's; each worker needs a token of its own");
            }

            entries.Add((fields[0], hash, fields.Length == 3 ? ParseRoles(where, fields[2]) : new HashSet<Role> { Role.Worker }));
        }

        if (entries.Count == 0)
        {
            throw new HostStartException(path + ": no worker lines; every /v1 request would be refused");
        }

        return new WorkerTokens(entries);
    }

    /// <summary>The lowercase hex SHA-256 of a token, as the token file holds it.</summary>
    public static string HashOf(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>True when a line of the token file names <paramref name="name"/>.</summary>
    public bool Knows(string name)
    {
        foreach (var entry in _entries)
        {
            if (string.Equals(entry.Worker, name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The worker a token belongs to, or null.</summary>
    public string? WorkerOf(string token) => Find(token)?.Name;

    /// <summary>The worker a token belongs to with its roles, or null. Every entry is compared, whatever matches first.</summary>
    public Actor? Find(string token)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(token), hash);
        Actor? actor = null;
        foreach (var (name, expected, roles) in _entries)
        {
            if (CryptographicOperations.FixedTimeEquals(hash, expected))
            {
                actor ??= new Actor(name, roles);
            }
        }

        return actor;
    }

    private static HashSet<Role> ParseRoles(string where, string field)
    {
        var roles = new HashSet<Role>();
        foreach (var name in field.Split(','))
        {
            roles.Add(Roles.Parse(name.Trim()) ?? throw new HostStartException(where + "'" + name.Trim() + "' is not a role; the roles are " + Roles.Describe(Roles.All, "and") + ", separated by commas"));
        }

        return roles;
    }

    private static bool IsHex(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiHexDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
