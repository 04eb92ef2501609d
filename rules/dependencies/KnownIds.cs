using System;
using System.Collections.Generic;
using System.Linq;
using Tamer.Spec.Spelling;
using Tamer.Spec.Workspace;

namespace Tamer.Spec.Rules.Dependencies;

/// <summary>
/// The workspace's ids in a BK-tree (a metric tree over edit distance), built once per
/// workspace and only when an unknown id needs a suggestion: the nearest id is found without
/// comparing against every id.
/// </summary>
internal sealed class KnownIds
{
    public const string AnalysisKey = "dependencies.known-ids";

    private readonly Node? _root;
    private readonly Dictionary<string, string> _byUpperCase = new(StringComparer.OrdinalIgnoreCase);

    private KnownIds(IEnumerable<string> ids)
    {
        foreach (var id in ids.OrderBy(i => i, StringComparer.Ordinal))
        {
            if (!_byUpperCase.ContainsKey(id))
            {
                _byUpperCase.Add(id, id);
            }

            if (_root is null)
            {
                _root = new Node(id);
                continue;
            }

            var node = _root;
            while (true)
            {
                var distance = EditDistance.Between(id, node.Id);
                if (distance == 0)
                {
                    break;
                }

                if (!node.Children.TryGetValue(distance, out var child))
                {
                    node.Children.Add(distance, new Node(id));
                    break;
                }

                node = child;
            }
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

        if (_root is null)
        {
            return null;
        }

        string? best = null;
        var bestDistance = int.MaxValue;
        var pending = new Stack<Node>();
        pending.Push(_root);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            var distance = EditDistance.Between(id, node.Id);
            var candidate = !string.Equals(node.Id, excluded, StringComparison.Ordinal);
            if (candidate && (distance < bestDistance || (distance == bestDistance && string.CompareOrdinal(node.Id, best) < 0)))
            {
                best = node.Id;
                bestDistance = distance;
            }

            foreach (var child in node.Children)
            {
                if (Math.Abs(child.Key - distance) <= bestDistance)
                {
                    pending.Push(child.Value);
                }
            }
        }

        return best is null ? null : (best, bestDistance);
    }

    private sealed class Node
    {
        public Node(string id)
        {
            Id = id;
        }

        public string Id { get; }

        public Dictionary<int, Node> Children { get; } = new();
    }
}
