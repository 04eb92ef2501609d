using System;
using System.Threading;

namespace Tamer.Spec.Yaml;

/// <summary>
/// One string for each short scalar value that many Work Items repeat (keys such as <c>scope</c>
/// and <c>write</c>, statuses, <c>false</c>, common paths), so that a large workspace keeps each of
/// them once instead of once per file. A fixed table indexed by the value's hash: a value that
/// collides replaces the one before, so the table never grows, and a lookup never waits.
/// </summary>
internal static class SharedScalarValues
{
    private const int Slots = 4096;
    private const int LongestShared = 48;

    private static readonly string?[] Table = new string?[Slots];

    /// <summary>The shared instance equal to <paramref name="value"/>, which becomes it when there is none.</summary>
    public static string Share(string value)
    {
        if (value.Length == 0 || value.Length > LongestShared)
        {
            return value;
        }

        var slot = StringComparer.Ordinal.GetHashCode(value) & (Slots - 1);
        var shared = Volatile.Read(ref Table[slot]);
        if (shared is not null && string.Equals(shared, value, StringComparison.Ordinal))
        {
            return shared;
        }

        Volatile.Write(ref Table[slot], value);
        return value;
    }
}
