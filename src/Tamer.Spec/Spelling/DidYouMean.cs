using System;
using System.Collections.Generic;

namespace Tamer.Spec.Spelling;

/// <summary>Finds the known word a misspelt one was meant to be.</summary>
public static class DidYouMean
{
    /// <summary>The largest edit distance that still counts as a misspelling.</summary>
    public const int MaxDistance = 2;

    /// <summary>
    /// The candidate closest to <paramref name="word"/> (case-insensitively) within
    /// <see cref="MaxDistance"/> edits, the earliest candidate on a tie; null when none is close.
    /// </summary>
    public static string? Find(string word, IEnumerable<string> candidates)
    {
        if (word is null)
        {
            throw new ArgumentNullException(nameof(word));
        }

        if (candidates is null)
        {
            throw new ArgumentNullException(nameof(candidates));
        }

        var lowered = word.ToLowerInvariant();
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            if (string.Equals(candidate, word, StringComparison.Ordinal))
            {
                continue;
            }

            var distance = EditDistance.Between(lowered, candidate.ToLowerInvariant());
            if (distance <= MaxDistance && distance < bestDistance && distance < Math.Max(word.Length, candidate.Length))
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }
}
