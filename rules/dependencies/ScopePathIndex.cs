using System;
using System.Collections.Generic;
using System.Linq;
using Tamer.Spec.Model;
using Tamer.Spec.Paths;
using Tamer.Spec.Parsing;

namespace Tamer.Spec.Rules.Dependencies;

/// <summary>
/// Every scope path of every Work Item in a trie keyed by the paths' literal leading segments, one
/// list per kind of access at each node, so that "who may write this file" and "whose write scope
/// overlaps this path" cost the depth of the path plus the answers, not the number of Work Items.
/// </summary>
public sealed class ScopePathIndex
{
    private readonly Node _root = new();

    /// <summary>
    /// Indexes the scope paths of <paramref name="documents"/>. The dependencies pack keeps one
    /// over the Work Items an overlap can name, once per workspace
    /// (<see cref="Workspace.WorkItemWorkspace.GetOrAddAnalysis{T}"/>).
    /// </summary>
    public ScopePathIndex(IEnumerable<WorkItemDocument> documents)
    {
        if (documents is null)
        {
            throw new ArgumentNullException(nameof(documents));
        }

        foreach (var document in documents)
        {
            if (document.WorkItem is not { } workItem)
            {
                continue;
            }

            var ordinal = DocumentCount++;
            foreach (var path in workItem.Scope.AllPaths)
            {
                if (!path.Pattern.IsValid)
                {
                    continue;
                }

                var node = _root;
                for (var i = 0; i < path.Pattern.LiteralSegmentCount; i++)
                {
                    node = node.Child(path.Pattern.Segments[i]);
                }

                node.Entries(path.Access).Add(new ScopeIndexEntry(document, ordinal, path));
                Count++;
            }
        }
    }

    /// <summary>Number of indexed paths.</summary>
    public int Count { get; }

    /// <summary>Number of indexed Work Items.</summary>
    public int DocumentCount { get; }

    /// <summary>
    /// The entries whose path matches the repository-relative file <paramref name="filePath"/>;
    /// only those granting <paramref name="access"/> when it is given.
    /// </summary>
    public IEnumerable<ScopeIndexEntry> FindMatching(string filePath, ScopeAccess? access = null)
    {
        var segments = PathPattern.SplitPath(filePath);
        var node = _root;
        for (var depth = 0; ; depth++)
        {
            foreach (var entry in node.EntriesFor(access))
            {
                if (entry.Path.Pattern.Matches(filePath))
                {
                    yield return entry;
                }
            }

            if (depth == segments.Length || !node.TryGetChild(segments[depth], out node))
            {
                yield break;
            }
        }
    }

    /// <summary>
    /// The entries whose path may name a file that <paramref name="pattern"/> also names; only those
    /// granting <paramref name="access"/> when it is given.
    /// </summary>
    public IEnumerable<ScopeIndexEntry> FindOverlapping(PathPattern pattern, ScopeAccess? access = null)
    {
        if (pattern is null)
        {
            throw new ArgumentNullException(nameof(pattern));
        }

        if (!pattern.IsValid)
        {
            yield break;
        }

        var node = _root;
        for (var depth = 0; depth < pattern.LiteralSegmentCount; depth++)
        {
            foreach (var entry in node.EntriesFor(access))
            {
                if (entry.Path.Pattern.Overlaps(pattern))
                {
                    yield return entry;
                }
            }

            if (!node.TryGetChild(pattern.Segments[depth], out node))
            {
                yield break;
            }
        }

        // Below the pattern's literal prefix, every indexed path is a candidate.
        var pending = new Stack<Node>();
        pending.Push(node);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            foreach (var entry in current.EntriesFor(access))
            {
                if (entry.Path.Pattern.Overlaps(pattern))
                {
                    yield return entry;
                }
            }

            foreach (var child in current.Children)
            {
                pending.Push(child);
            }
        }
    }

    private sealed class Node
    {
        private readonly List<ScopeIndexEntry>[] _entries = { new(), new(), new() };
        private Dictionary<string, Node>? _children;

        public List<ScopeIndexEntry> Entries(ScopeAccess access) => _entries[(int)access];

        public IEnumerable<ScopeIndexEntry> EntriesFor(ScopeAccess? access) =>
            access is { } only ? _entries[(int)only] : _entries[0].Concat(_entries[1]).Concat(_entries[2]);

        public IEnumerable<Node> Children => (IEnumerable<Node>?)_children?.Values ?? Array.Empty<Node>();

        public Node Child(string segment)
        {
            _children ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            if (!_children.TryGetValue(segment, out var child))
            {
                child = new Node();
                _children.Add(segment, child);
            }

            return child;
        }

        public bool TryGetChild(string segment, out Node child)
        {
            if (_children is not null && _children.TryGetValue(segment, out var found))
            {
                child = found;
                return true;
            }

            child = this;
            return false;
        }
    }
}
