using System;
using System.Collections.Generic;
using System.Linq;
using Tamer.Spec.Memory;
using Tamer.Spec.Paths;
using Tamer.Spec.Workspace;

namespace Tamer.Spec.Rules.Memory;

/// <summary>
/// The registry's <c>applies_to</c> globs indexed by their literal prefix (<c>src/tenancy</c> for
/// <c>src/tenancy/**</c>), so that a path is compared only with the globs whose prefix is one of
/// its own prefixes or lies under its literal part, never with the whole registry. Built once per
/// workspace; retired entries govern nothing.
/// </summary>
public sealed class InvariantIndex
{
    private readonly Dictionary<string, List<Candidate>> _byPrefix = new(StringComparer.Ordinal);
    private readonly string[] _sortedPrefixes;

    private InvariantIndex(IEnumerable<InvariantRecord> entries)
    {
        foreach (var entry in entries)
        {
            if (entry.IsRetired || entry.Id is null)
            {
                continue;
            }

            foreach (var governed in entry.AppliesTo)
            {
                var prefix = Prefix(governed.Pattern, governed.Pattern.LiteralSegmentCount);
                if (!_byPrefix.TryGetValue(prefix, out var list))
                {
                    list = new List<Candidate>();
                    _byPrefix.Add(prefix, list);
                }

                list.Add(new Candidate(entry, governed, Head(governed.Pattern)));
            }
        }

        _sortedPrefixes = _byPrefix.Keys.OrderBy(k => k, StringComparer.Ordinal).ToArray();
    }

    /// <summary>True when the registry governs no path at all.</summary>
    public bool IsEmpty => _byPrefix.Count == 0;

    /// <summary>The index of the workspace's registry (computed once and shared).</summary>
    public static InvariantIndex Of(WorkItemWorkspace workspace) =>
        (workspace ?? throw new ArgumentNullException(nameof(workspace))).GetOrAddAnalysis("memory/invariant-index", w => new InvariantIndex(w.Invariants));

    /// <summary>An index of <paramref name="entries"/>.</summary>
    public static InvariantIndex Create(IEnumerable<InvariantRecord> entries) => new(entries ?? throw new ArgumentNullException(nameof(entries)));

    /// <summary>
    /// The entries in force whose <c>applies_to</c> overlaps <paramref name="path"/> (a file, a folder
    /// or a glob, repository-relative), each once, in registry order of discovery, with the first glob that overlaps.
    /// </summary>
    public IReadOnlyList<(InvariantRecord Entry, GovernedPath Path)> Governing(PathPattern path)
    {
        if (path is null)
        {
            throw new ArgumentNullException(nameof(path));
        }

        var found = new List<(InvariantRecord, GovernedPath)>();
        if (IsEmpty || !path.IsValid)
        {
            return found;
        }

        var seen = new HashSet<InvariantRecord>();

        // Globs whose literal prefix is a prefix of the path's literal part ('src' or 'src/tenancy' for 'src/tenancy/context.ts').
        for (var count = 0; count <= path.LiteralSegmentCount; count++)
        {
            if (_byPrefix.TryGetValue(Prefix(path, count), out var list))
            {
                Add(list);
            }
        }

        // Globs below the path's literal part, when the path is a folder or a glob ('src/**' reaches 'src/tenancy/**').
        if (path.IsGlob || path.MayNameFolder)
        {
            var below = Prefix(path, path.LiteralSegmentCount);
            var start = below.Length == 0 ? string.Empty : below + "/";
            var first = Array.BinarySearch(_sortedPrefixes, start, StringComparer.Ordinal);
            for (var i = first < 0 ? ~first : first; i < _sortedPrefixes.Length && _sortedPrefixes[i].StartsWith(start, StringComparison.Ordinal); i++)
            {
                if (_sortedPrefixes[i].Length > below.Length)
                {
                    Add(_byPrefix[_sortedPrefixes[i]]);
                }
            }
        }

        return found;

        void Add(List<Candidate> candidates)
        {
            foreach (var candidate in candidates)
            {
                if (!seen.Contains(candidate.Entry) && MayOverlap(candidate, path) && candidate.Path.Pattern.Overlaps(path))
                {
                    seen.Add(candidate.Entry);
                    found.Add((candidate.Entry, candidate.Path));
                }
            }
        }
    }

    // A quick test before the exact one: a plain path's segment just past the glob's literal prefix
    // must start with the glob segment's literal head ('file176.ts' for 'file17?.ts').
    private static bool MayOverlap(Candidate candidate, PathPattern path)
    {
        if (path.IsGlob || candidate.Head.Length == 0)
        {
            return true;
        }

        var index = candidate.Path.Pattern.LiteralSegmentCount;
        return index >= path.Segments.Count || path.Segments[index].StartsWith(candidate.Head, StringComparison.Ordinal);
    }

    // The characters before the first wildcard of the glob's first non-literal segment; empty when there is none.
    private static string Head(PathPattern pattern)
    {
        if (pattern.LiteralSegmentCount >= pattern.Segments.Count)
        {
            return string.Empty;
        }

        var segment = pattern.Segments[pattern.LiteralSegmentCount];
        var end = segment.IndexOfAny(new[] { '*', '?', '[', '{', '\\' });
        return end < 0 ? string.Empty : segment.Substring(0, end);
    }

    private sealed record Candidate(InvariantRecord Entry, GovernedPath Path, string Head);

    private static string Prefix(PathPattern pattern, int count) => string.Join("/", pattern.Segments.Take(Math.Min(count, pattern.Segments.Count)));
}
