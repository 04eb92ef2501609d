using System;

namespace Tamer.Spec.Spelling;

/// <summary>
/// Optimal string alignment distance: insertions, deletions, substitutions and transpositions of
/// adjacent characters each cost 1 (so <c>scpoe</c> is one edit from <c>scope</c>).
/// </summary>
public static class EditDistance
{
    /// <summary>The distance between two strings, compared ordinally.</summary>
    public static int Between(string left, string right)
    {
        if (left is null)
        {
            throw new ArgumentNullException(nameof(left));
        }

        if (right is null)
        {
            throw new ArgumentNullException(nameof(right));
        }

        var rows = left.Length + 1;
        var columns = right.Length + 1;
        var d = new int[rows, columns];
        for (var i = 0; i < rows; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j < columns; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i < rows; i++)
        {
            for (var j = 1; j < columns; j++)
            {
                var cost = left[i - 1] == right[j - 1] ? 0 : 1;
                var best = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && left[i - 1] == right[j - 2] && left[i - 2] == right[j - 1])
                {
                    best = Math.Min(best, d[i - 2, j - 2] + 1);
                }

                d[i, j] = best;
            }
        }

        return d[rows - 1, columns - 1];
    }
}
