using System;
using System.Collections.Generic;

namespace Tamer.Spec.Paths;

/// <summary>Matching inside one path segment: <c>*</c> is any run of characters, <c>?</c> one character.</summary>
internal static class GlobSegment
{
    public const string AnySegments = "**";

    public static bool HasWildcard(string segment) => segment.IndexOf('*') >= 0 || segment.IndexOf('?') >= 0;

    /// <summary>True when <paramref name="pattern"/> matches the literal <paramref name="name"/>.</summary>
    public static bool Matches(string pattern, string name)
    {
        int p = 0, n = 0, star = -1, resume = 0;
        while (n < name.Length)
        {
            if (p < pattern.Length && (pattern[p] == '?' || pattern[p] == name[n]))
            {
                p++;
                n++;
            }
            else if (p < pattern.Length && pattern[p] == '*')
            {
                star = p++;
                resume = n;
            }
            else if (star >= 0)
            {
                p = star + 1;
                n = ++resume;
            }
            else
            {
                return false;
            }
        }

        while (p < pattern.Length && pattern[p] == '*')
        {
            p++;
        }

        return p == pattern.Length;
    }

    /// <summary>True when some segment name matches both patterns.</summary>
    public static bool Intersects(string left, string right)
    {
        var memo = new Dictionary<(int, int), bool>();
        return Intersect(left, 0, right, 0, memo);
    }

    private static bool Intersect(string a, int p, string b, int q, Dictionary<(int, int), bool> memo)
    {
        if (memo.TryGetValue((p, q), out var known))
        {
            return known;
        }

        bool result;
        if (p < a.Length && a[p] == '*')
        {
            result = Intersect(a, p + 1, b, q, memo) || (q < b.Length && Intersect(a, p, b, q + 1, memo));
        }
        else if (q < b.Length && b[q] == '*')
        {
            result = Intersect(a, p, b, q + 1, memo) || (p < a.Length && Intersect(a, p + 1, b, q, memo));
        }
        else if (p == a.Length || q == b.Length)
        {
            result = p == a.Length && q == b.Length;
        }
        else
        {
            result = (a[p] == '?' || b[q] == '?' || a[p] == b[q]) && Intersect(a, p + 1, b, q + 1, memo);
        }

        memo[(p, q)] = result;
        return result;
    }

    /// <summary>A stand-in name that only wildcards match, used to test whether one pattern covers another.</summary>
    public static string Placeholder(string segment) =>
        segment == AnySegments ? "\u0001" : segment.Replace("**", "\u0001").Replace("*", "\u0001").Replace("?", "\u0001");

    public static bool IsAnySegments(string segment) => string.Equals(segment, AnySegments, StringComparison.Ordinal);
}
