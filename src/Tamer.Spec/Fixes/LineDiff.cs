using System;
using System.Collections.Generic;

namespace Tamer.Spec.Fixes;

/// <summary>
/// An edit script between two lists of lines: which lines are kept, deleted and inserted, in
/// order. Lines the two share at the start and the end are kept as they are; the rest is the
/// shortest script (Myers' O((N+M)D) algorithm), kept in memory proportional to D². When the rest
/// differs in more than <see cref="MaxDifferences"/> lines (a file whose every line changed), the
/// script replaces it as a block instead: still exact, just not the shortest.
/// </summary>
internal static class LineDiff
{
    /// <summary>The most differences searched for the shortest script.</summary>
    public const int MaxDifferences = 2_000;

    public enum StepKind
    {
        Keep,
        Delete,
        Insert,
    }

    public static List<Step> Compute(IReadOnlyList<string> oldLines, IReadOnlyList<string> newLines)
    {
        var prefix = 0;
        while (prefix < oldLines.Count && prefix < newLines.Count && string.Equals(oldLines[prefix], newLines[prefix], StringComparison.Ordinal))
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < oldLines.Count - prefix && suffix < newLines.Count - prefix
            && string.Equals(oldLines[oldLines.Count - 1 - suffix], newLines[newLines.Count - 1 - suffix], StringComparison.Ordinal))
        {
            suffix++;
        }

        var steps = new List<Step>();
        for (var i = 0; i < prefix; i++)
        {
            steps.Add(new Step(StepKind.Keep, i, i));
        }

        var middle = Middle(oldLines, newLines, prefix, oldLines.Count - suffix, newLines.Count - suffix) ?? Block(prefix, oldLines.Count - suffix, newLines.Count - suffix);
        steps.AddRange(middle);
        for (var i = suffix; i > 0; i--)
        {
            steps.Add(new Step(StepKind.Keep, oldLines.Count - i, newLines.Count - i));
        }

        return steps;
    }

    // Every old line of the range deleted, then every new line inserted.
    private static List<Step> Block(int start, int oldEnd, int newEnd)
    {
        var steps = new List<Step>();
        for (var i = start; i < oldEnd; i++)
        {
            steps.Add(new Step(StepKind.Delete, i, start));
        }

        for (var j = start; j < newEnd; j++)
        {
            steps.Add(new Step(StepKind.Insert, oldEnd, j));
        }

        return steps;
    }

    // Myers on old[start, oldEnd) and new[start, newEnd); null when it needs more than MaxDifferences.
    private static List<Step>? Middle(IReadOnlyList<string> oldLines, IReadOnlyList<string> newLines, int start, int oldEnd, int newEnd)
    {
        var n = oldEnd - start;
        var m = newEnd - start;
        var max = Math.Min(n + m, MaxDifferences);
        var offset = max + 1;
        var v = new int[(2 * max) + 3];
        var trace = new List<int[]>();
        for (var d = 0; d <= max; d++)
        {
            // Only diagonals -d..d matter at step d: keep just those (memory grows with d², not d·N).
            var snapshot = new int[(2 * d) + 3];
            Array.Copy(v, offset - d - 1, snapshot, 0, snapshot.Length);
            trace.Add(snapshot);
            for (var k = -d; k <= d; k += 2)
            {
                var x = k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
                var y = x - k;
                while (x < n && y < m && string.Equals(oldLines[start + x], newLines[start + y], StringComparison.Ordinal))
                {
                    x++;
                    y++;
                }

                v[offset + k] = x;
                if (x >= n && y >= m)
                {
                    return Backtrack(trace, n, m, d, start);
                }
            }
        }

        return null;
    }

    private static List<Step> Backtrack(List<int[]> trace, int n, int m, int depth, int start)
    {
        var steps = new List<Step>();
        int x = n, y = m;
        for (var d = depth; d > 0; d--)
        {
            // trace[d] holds diagonals -d-1..d+1 of the state before step d.
            var v = trace[d];
            int At(int diagonal) => v[diagonal + d + 1];
            var k = x - y;
            var previousK = k == -d || (k != d && At(k - 1) < At(k + 1)) ? k + 1 : k - 1;
            var previousX = At(previousK);
            var previousY = previousX - previousK;
            while (x > previousX && y > previousY)
            {
                steps.Add(new Step(StepKind.Keep, start + x - 1, start + y - 1));
                x--;
                y--;
            }

            steps.Add(x == previousX ? new Step(StepKind.Insert, start + x, start + y - 1) : new Step(StepKind.Delete, start + x - 1, start + y));
            x = previousX;
            y = previousY;
        }

        while (x > 0 && y > 0)
        {
            steps.Add(new Step(StepKind.Keep, start + x - 1, start + y - 1));
            x--;
            y--;
        }

        steps.Reverse();
        return steps;
    }

    /// <summary>One line of the script: its kind and its index in the old and the new list.</summary>
    public readonly struct Step
    {
        public Step(StepKind kind, int oldIndex, int newIndex)
        {
            Kind = kind;
            OldIndex = oldIndex;
            NewIndex = newIndex;
        }

        public StepKind Kind { get; }

        /// <summary>The old line (for an insertion: the number of old lines before it).</summary>
        public int OldIndex { get; }

        /// <summary>The new line (for a deletion: the number of new lines before it).</summary>
        public int NewIndex { get; }
    }
}
