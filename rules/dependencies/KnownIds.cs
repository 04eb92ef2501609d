using System;
using System.Collections.Generic;
using System.Linq;
using Tamer.Spec.Workspace;

namespace Tamer.Spec.Rules.Dependencies;

/// <summary>
/// The workspace's ids, sorted, built once per workspace and only when an unknown id needs a
/// suggestion. The nearest id (optimal string alignment distance, as <see cref="Spelling.EditDistance"/>
/// measures it) is found by walking the sorted ids as a trie of their prefixes with one row of the
/// distance table per prefix, and leaving a prefix as soon as every cell of its row is over the
/// distance searched for: first one edit, then two, and so on. Ids share long prefixes
/// (<c>WI-AUTH-00</c>…), so a typo costs a few thousand cells however many ids there are.
/// </summary>
internal sealed class KnownIds
{
    public const string AnalysisKey = "dependencies.known-ids";

    private readonly string[] _sorted;
    private readonly int _longest;
    private readonly Dictionary<string, string> _byUpperCase = new(StringComparer.OrdinalIgnoreCase);

    private KnownIds(IEnumerable<string> ids)
    {
        _sorted = ids.Distinct(StringComparer.Ordinal).OrderBy(i => i, StringComparer.Ordinal).ToArray();
        foreach (var id in _sorted)
        {
            if (!_byUpperCase.ContainsKey(id))
            {
                _byUpperCase.Add(id, id);
            }

            _longest = Math.Max(_longest, id.Length);
        }
    }

    public static KnownIds Build(WorkItemWorkspace workspace) => new(workspace.Ids);

    /// <summary>
    /// The id nearest to <paramref name="id"/> other than <paramref name="excluded"/> (the asking
    /// Work Item's own id: depending on itself is never the fix), or null when there is none. The
    /// same id in another letter case is nearest of all; otherwise ordinal order breaks ties.
    /// </summary>
    public (string Id, int Distance)? Nearest(string id, string? excluded = null)
    {
        if (_byUpperCase.TryGetValue(id, out var sameLetters) && !string.Equals(sameLetters, excluded, StringComparison.Ordinal))
        {
            return (sameLetters, 0);
        }

        // Every id is within max(its length, the query's length) edits of the query.
        var search = new Search(this, id, excluded);
        for (var bound = 0; bound <= Math.Max(_longest, id.Length); bound++)
        {
            if (search.First(bound) is { } found)
            {
                return (found, bound);
            }
        }

        return null;
    }

    // One query: the distance table's rows, one per prefix length, reused across bounds.
    private sealed class Search
    {
        private readonly KnownIds _ids;
        private readonly string _query;
        private readonly string? _excluded;
        private readonly int[][] _rows;
        private int _bound;

        public Search(KnownIds ids, string query, string? excluded)
        {
            _ids = ids;
            _query = query;
            _excluded = excluded;
            _rows = new int[ids._longest + 1][];
            for (var i = 0; i < _rows.Length; i++)
            {
                _rows[i] = new int[query.Length + 1];
            }

            for (var j = 0; j <= query.Length; j++)
            {
                _rows[0][j] = j;
            }
        }

        /// <summary>
        /// The first id in ordinal order within <paramref name="bound"/> edits, other than the
        /// excluded one; called with 0, 1, 2, … so that it is also at exactly that distance.
        /// </summary>
        public string? First(int bound)
        {
            _bound = bound;
            return _ids._sorted.Length == 0 ? null : Visit(0, _ids._sorted.Length, 0);
        }

        // The ids in [low, high) share their first 'depth' characters, whose row is _rows[depth].
        private string? Visit(int low, int high, int depth)
        {
            var sorted = _ids._sorted;
            var row = _rows[depth];
            if (sorted[low].Length == depth)
            {
                if (row[_query.Length] <= _bound && !string.Equals(sorted[low], _excluded, StringComparison.Ordinal))
                {
                    return sorted[low];
                }

                low++;
            }

            while (low < high)
            {
                var c = sorted[low][depth];
                var end = EndOfRun(low, high, depth, c);
                if (Fill(depth + 1, sorted[low]) <= _bound && Visit(low, end, depth + 1) is { } found)
                {
                    return found;
                }

                low = end;
            }

            return null;
        }

        // The first index in [low, high) whose id does not have 'c' at 'depth' (ids are sorted).
        private int EndOfRun(int low, int high, int depth, char c)
        {
            var sorted = _ids._sorted;
            var first = low + 1;
            var last = high;
            while (first < last)
            {
                var middle = first + ((last - first) / 2);
                if (sorted[middle][depth] == c)
                {
                    first = middle + 1;
                }
                else
                {
                    last = middle;
                }
            }

            return first;
        }

        // Fills the row of the prefix of 'id' of length 'length' and returns its smallest cell: no
        // longer prefix can come nearer than that.
        private int Fill(int length, string id)
        {
            var row = _rows[length];
            var previous = _rows[length - 1];
            var c = id[length - 1];
            row[0] = length;
            var smallest = length;
            for (var j = 1; j <= _query.Length; j++)
            {
                var cost = _query[j - 1] == c ? 0 : 1;
                var best = Math.Min(Math.Min(previous[j] + 1, row[j - 1] + 1), previous[j - 1] + cost);
                if (length > 1 && j > 1 && c == _query[j - 2] && id[length - 2] == _query[j - 1])
                {
                    best = Math.Min(best, _rows[length - 2][j - 2] + 1);
                }

                row[j] = best;
                smallest = Math.Min(smallest, best);
            }

            return smallest;
        }
    }
}
