using System;
using System.Collections.Generic;

namespace Tamer.Spec.Fixes;

/// <summary>
/// The shortest edit script between two lists of lines (Myers' O((N+M)D) algorithm): which lines
/// are kept, deleted and inserted, in order. Its cost grows with the number of differences, which
/// for a fixed file is a handful.
/// </summary>
internal static class LineDiff
{
    public enum StepKind
    {
        Keep,
        Delete,
        Insert,
    }

    public static List<Step> Compute(IReadOnlyList<string> oldLines, IReadOnlyList<string> newLines)
    {
        var n = oldLines.Count;
        var m = newLines.Count;
        var max = n + m;
        var offset = max + 1;
        var v = new int[(2 * max) + 3];
        var trace = new List<int[]>();
        for (var d = 0; d <= max; d++)
        {
            trace.Add((int[])v.Clone());
            for (var k = -d; k <= d; k += 2)
            {
                var x = k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
                var y = x - k;
                while (x < n && y < m && string.Equals(oldLines[x], newLines[y], StringComparison.Ordinal))
                {
                    x++;
                    y++;
                }

                v[offset + k] = x;
                if (x >= n && y >= m)
                {
                    return Backtrack(trace, oldLines.Count, newLines.Count, offset, d);
                }
            }
        }

        throw new InvalidOperationException("The edit script was not found.");
    }

    private static List<Step> Backtrack(List<int[]> trace, int n, int m, int offset, int depth)
    {
        var steps = new List<Step>();
        int x = n, y = m;
        for (var d = depth; d > 0; d--)
        {
            var v = trace[d];
            var k = x - y;
            var previousK = k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) ? k + 1 : k - 1;
            var previousX = v[offset + previousK];
            var previousY = previousX - previousK;
            while (x > previousX && y > previousY)
            {
                steps.Add(new Step(StepKind.Keep, x - 1, y - 1));
                x--;
                y--;
            }

            steps.Add(x == previousX ? new Step(StepKind.Insert, x, y - 1) : new Step(StepKind.Delete, x - 1, y));
            x = previousX;
            y = previousY;
        }

        while (x > 0 && y > 0)
        {
            steps.Add(new Step(StepKind.Keep, x - 1, y - 1));
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
