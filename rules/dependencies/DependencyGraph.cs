using System;
using System.Collections.Generic;
using System.Linq;
using Tamer.Spec.Parsing;
using Tamer.Spec.Workspace;

namespace Tamer.Spec.Rules.Dependencies;

/// <summary>
/// The workspace's dependency graph, built once: one node per id (its first Work Item), an edge
/// per known dependency. Strongly connected components are found with an iterative Tarjan
/// (no recursion, so a chain of any length is fine); inside each component of two or more Work
/// Items, breadth-first trees to and from a root give every member a closed walk through it in
/// time proportional to the walk, and cutting the walk's inner loops leaves a cycle.
/// </summary>
internal sealed class DependencyGraph
{
    public const string AnalysisKey = "dependencies.graph";

    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly List<string> _ids = new();
    private readonly List<List<int>> _edges = new();
    private readonly int[] _component;
    private readonly Dictionary<int, CycleTrees> _trees = new();

    private DependencyGraph(WorkItemWorkspace workspace)
    {
        var documents = new List<WorkItemDocument>();
        foreach (var id in workspace.Ids)
        {
            _index.Add(id, _ids.Count);
            _ids.Add(id);
            documents.Add(workspace.FindById(id)[0]);
        }

        foreach (var document in documents)
        {
            var own = _index[document.Id!];
            var targets = new List<int>();
            foreach (var dependency in document.WorkItem!.DependsOn.Items)
            {
                if (_index.TryGetValue(dependency.Value, out var target) && target != own && !targets.Contains(target))
                {
                    targets.Add(target);
                }
            }

            _edges.Add(targets);
        }

        _component = StronglyConnectedComponents();
        foreach (var group in Enumerable.Range(0, _ids.Count).GroupBy(v => _component[v]).Where(g => g.Count() > 1))
        {
            _trees.Add(group.Key, new CycleTrees(this, group.First(), group.Key));
        }
    }

    public static DependencyGraph Build(WorkItemWorkspace workspace) => new(workspace);

    /// <summary>A cycle through <paramref name="id"/>, starting and ending with it; null when it is on none.</summary>
    public IReadOnlyList<string>? CycleThrough(string id)
    {
        if (!_index.TryGetValue(id, out var node) || !_trees.TryGetValue(_component[node], out var trees))
        {
            return null;
        }

        return trees.Walk(node).Select(v => _ids[v]).ToList();
    }

    private int[] StronglyConnectedComponents()
    {
        var count = _ids.Count;
        var index = Enumerable.Repeat(-1, count).ToArray();
        var low = new int[count];
        var onStack = new bool[count];
        var component = new int[count];
        var stack = new Stack<int>();
        var calls = new Stack<(int Node, int Edge)>();
        var counter = 0;
        var components = 0;
        for (var start = 0; start < count; start++)
        {
            if (index[start] >= 0)
            {
                continue;
            }

            Visit(start);
            while (calls.Count > 0)
            {
                var (node, edge) = calls.Pop();
                if (edge < _edges[node].Count)
                {
                    calls.Push((node, edge + 1));
                    var next = _edges[node][edge];
                    if (index[next] < 0)
                    {
                        Visit(next);
                    }
                    else if (onStack[next])
                    {
                        low[node] = Math.Min(low[node], index[next]);
                    }

                    continue;
                }

                if (calls.Count > 0)
                {
                    var parent = calls.Peek().Node;
                    low[parent] = Math.Min(low[parent], low[node]);
                }

                if (low[node] == index[node])
                {
                    int member;
                    do
                    {
                        member = stack.Pop();
                        onStack[member] = false;
                        component[member] = components;
                    }
                    while (member != node);
                    components++;
                }
            }
        }

        return component;

        void Visit(int node)
        {
            index[node] = low[node] = counter++;
            stack.Push(node);
            onStack[node] = true;
            calls.Push((node, 0));
        }
    }

    // Breadth-first trees inside one component: from the root along edges, and toward the root.
    private sealed class CycleTrees
    {
        private readonly int _root;
        private readonly Dictionary<int, int> _cameFrom = new();
        private readonly Dictionary<int, int> _towardRoot = new();

        public CycleTrees(DependencyGraph graph, int root, int component)
        {
            _root = root;
            var reverse = new Dictionary<int, List<int>>();
            var queue = new Queue<int>();
            queue.Enqueue(root);
            _cameFrom[root] = root;
            while (queue.Count > 0)
            {
                var node = queue.Dequeue();
                foreach (var next in graph._edges[node].Where(n => graph._component[n] == component))
                {
                    if (!reverse.TryGetValue(next, out var sources))
                    {
                        reverse[next] = sources = new List<int>();
                    }

                    sources.Add(node);
                    if (!_cameFrom.ContainsKey(next))
                    {
                        _cameFrom[next] = node;
                        queue.Enqueue(next);
                    }
                }
            }

            queue.Enqueue(root);
            _towardRoot[root] = root;
            while (queue.Count > 0)
            {
                var node = queue.Dequeue();
                foreach (var previous in reverse.TryGetValue(node, out var sources) ? sources : new List<int>())
                {
                    if (!_towardRoot.ContainsKey(previous))
                    {
                        _towardRoot[previous] = node;
                        queue.Enqueue(previous);
                    }
                }
            }
        }

        // node → … → root → … → node; for the root itself, root → (a member) → … → root.
        public List<int> Walk(int node)
        {
            var walk = new List<int> { node };
            var current = node;
            if (node == _root)
            {
                current = _cameFrom.First(pair => pair.Value == _root && pair.Key != _root).Key;
                walk.Add(current);
            }

            while (current != _root)
            {
                current = _towardRoot[current];
                walk.Add(current);
            }

            var fromRoot = new List<int>();
            for (var back = node; back != _root; back = _cameFrom[back])
            {
                fromRoot.Add(back);
            }

            fromRoot.Reverse();
            walk.AddRange(fromRoot);
            return WithoutInnerLoops(walk);
        }

        // The two tree paths may cross (node → b → root → b → node); cutting each loop between two
        // visits of a Work Item leaves a cycle that visits every Work Item once and still passes
        // through the first, which only the two ends hold.
        private static List<int> WithoutInnerLoops(List<int> walk)
        {
            var cycle = new List<int>(walk.Count);
            var position = new Dictionary<int, int>();
            for (var i = 0; i < walk.Count - 1; i++)
            {
                if (position.TryGetValue(walk[i], out var earlier))
                {
                    for (var k = earlier + 1; k < cycle.Count; k++)
                    {
                        position.Remove(cycle[k]);
                    }

                    cycle.RemoveRange(earlier + 1, cycle.Count - earlier - 1);
                    continue;
                }

                position[walk[i]] = cycle.Count;
                cycle.Add(walk[i]);
            }

            cycle.Add(walk[walk.Count - 1]);
            return cycle;
        }
    }
}
