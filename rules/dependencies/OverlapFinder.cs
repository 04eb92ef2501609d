using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Tamer.Spec.Model;
using Tamer.Spec.Parsing;
using Tamer.Spec.Text;
using Tamer.Spec.Workspace;

namespace Tamer.Spec.Rules.Dependencies;

/// <summary>
/// Finds the Work Items in progress or in review that a ready or active Work Item overlaps without
/// a declared dependency (TMR4004, every version): its write scope overlaps the other's write
/// scope, or one of its read_only files (a folder alone does not count) or a file its text names
/// is in the other's write scope. The other must not depend directly on this one, and this one
/// must not depend on the other, directly or through its dependencies. Each other Work Item is
/// found once, with the first piece of evidence in this order: write entries, read_only entries,
/// then the criteria and the body. All lookups go through a scope index of the active Work Items,
/// built once per workspace, and this Work Item's dependencies are walked at most once, so the
/// cost is the evidence plus the overlaps found, not the workspace.
/// </summary>
internal static partial class OverlapFinder
{
    private const string ActiveIndexKey = "tamer.dependencies.active-scope-index";

    // A file path a text names: folders and a file with an extension. On .NET the matcher is
    // generated at build time (no compiling at run time, which cost a busy run a tenth of a second);
    // on netstandard2.0 (the analyzer) it is compiled on first use, and a run without work in
    // progress never needs it.
    private const string FilePathPattern = @"(?<![\w./:-])(?:[\w.-]+/)+[\w-][\w.-]*\.[A-Za-z0-9]+(?![\w/])";

#if NET7_0_OR_GREATER
    private static Regex FilePath => FilePathRegex();

    [GeneratedRegex(FilePathPattern, RegexOptions.CultureInvariant)]
    private static partial Regex FilePathRegex();
#else
    private static readonly Lazy<Regex> CompiledFilePath = new(() => new Regex(FilePathPattern, RegexOptions.CultureInvariant | RegexOptions.Compiled));

    private static Regex FilePath => CompiledFilePath.Value;
#endif

    /// <summary>The overlaps of the Work Item in <paramref name="context"/>, in the order they were found; empty when it is not checked.</summary>
    public static IReadOnlyList<Overlap> Find(RuleContext context)
    {
        var workItem = context.WorkItem;
        if (workItem.Status is not (WorkItemStatus.Ready or WorkItemStatus.InProgress or WorkItemStatus.Review))
        {
            return Array.Empty<Overlap>();
        }

        var index = context.Workspace.GetOrAddAnalysis(ActiveIndexKey, BuildActiveIndex);
        if (index.Count == 0)
        {
            return Array.Empty<Overlap>();
        }

        var search = new Search(context, index);
        foreach (var write in workItem.Scope.WritablePaths.Where(p => p.Pattern.IsValid))
        {
            search.Collect(search.Index.FindOverlapping(write.Pattern, ScopeAccess.Write), write.Span, OverlapKind.AlsoWrites, write.Pattern.Normalized);
        }

        foreach (var read in (workItem.Scope.ReadOnly?.Entries ?? Array.Empty<PathEntry>()).Where(p => p.Pattern.IsValid && !p.Pattern.MayNameFolder && !p.Pattern.IsGlob))
        {
            search.Collect(search.Index.FindMatching(read.Pattern.Normalized, ScopeAccess.Write), read.Span, OverlapKind.Reads, read.Pattern.Normalized);
        }

        foreach (var text in workItem.AcceptanceCriteria.Items.Select(c => c.Text).Append(workItem.Body))
        {
            if (text.Value.IndexOf('/') < 0)
            {
                continue;
            }

            foreach (Match match in FilePath.Matches(text.Value))
            {
                search.Collect(search.Index.FindMatching(match.Value, ScopeAccess.Write), text.GetSourceSpan(match.Index, match.Length), OverlapKind.Names, match.Value);
            }
        }

        return search.Found;
    }

    // The Work Items in progress or in review that another can overlap: those with an id that no
    // earlier file of the workspace has (a repeated id is TMR0004's, and its other files are not
    // the Work Item a dependency would name).
    private static ScopePathIndex BuildActiveIndex(WorkItemWorkspace workspace) =>
        new(workspace.Documents.Where(d => d.WorkItem is { Id: { } id, Status: WorkItemStatus.InProgress or WorkItemStatus.Review }
            && ReferenceEquals(workspace.FindById(id.Value)[0], d)));

    private sealed class Search
    {
        private readonly RuleContext _context;
        // One bit per indexed Work Item, by its ordinal: made when the first overlap is found.
        private ulong[]? _seen;
        private readonly List<Overlap> _found = new();
        private HashSet<string>? _dependencies;

        public Search(RuleContext context, ScopePathIndex index)
        {
            _context = context;
            Index = index;
        }

        public ScopePathIndex Index { get; }

        public IReadOnlyList<Overlap> Found => _found;

        public void Collect(IEnumerable<ScopeIndexEntry> entries, TextSpan evidence, OverlapKind kind, string evidencePath)
        {
            foreach (var entry in entries)
            {
                var other = entry.Document;
                // The index holds only active Work Items that are the first with their id.
                var otherItem = other.WorkItem!;
                var otherId = otherItem.Id!.Value;
                if (_context.IsAnalyzedDocument(other)
                    || Seen(entry.DocumentOrdinal)
                    || Dependencies().Contains(otherId)
                    || DependsOnThis(otherItem))
                {
                    continue;
                }

                MarkSeen(entry.DocumentOrdinal);
                var samePath = string.Equals(entry.Path.Pattern.Normalized, evidencePath, StringComparison.Ordinal);
                _found.Add(new Overlap(otherId, otherItem.Status, entry.Path.Text, evidence, kind, samePath));
            }
        }

        private bool Seen(int ordinal) => _seen is not null && (_seen[ordinal >> 6] & (1UL << (ordinal & 63))) != 0;

        private void MarkSeen(int ordinal)
        {
            _seen ??= new ulong[(Index.DocumentCount + 63) >> 6];
            _seen[ordinal >> 6] |= 1UL << (ordinal & 63);
        }

        private bool DependsOnThis(WorkItem other)
        {
            var id = _context.WorkItem.Id?.Value;
            var dependencies = other.DependsOn.Items;
            for (var i = 0; i < dependencies.Count; i++)
            {
                if (string.Equals(dependencies[i].Value, id, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        // Every id this Work Item depends on, directly or through its dependencies: walked once.
        private HashSet<string> Dependencies()
        {
            if (_dependencies is not null)
            {
                return _dependencies;
            }

            _dependencies = new HashSet<string>(StringComparer.Ordinal);
            var pending = new Stack<WorkItemDocument>();
            pending.Push(_context.Document);
            while (pending.Count > 0)
            {
                foreach (var dependency in pending.Pop().WorkItem?.DependsOn.Items ?? Array.Empty<SourcedText>())
                {
                    var next = _context.Workspace.FindById(dependency.Value);
                    if (_dependencies.Add(dependency.Value) && next.Count > 0)
                    {
                        pending.Push(next[0]);
                    }
                }
            }

            return _dependencies;
        }
    }
}
