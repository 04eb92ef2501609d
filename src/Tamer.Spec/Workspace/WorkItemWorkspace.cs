using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Tamer.Spec.Formats;
using Tamer.Spec.Formats.Backlog;
using Tamer.Spec.Parsing;

namespace Tamer.Spec.Workspace;

/// <summary>
/// All the Work Items linted together, with indices by id and by scope path. Cross-Work-Item
/// rules go through these indices, or compute a whole-workspace analysis once with
/// <see cref="GetOrAddAnalysis{T}"/>, so that cost grows with the input rather than its square.
/// </summary>
public sealed class WorkItemWorkspace
{
    private readonly Dictionary<string, List<WorkItemDocument>> _byId = new(StringComparer.Ordinal);

    // The Work Items of formats whose ids ignore letter case (a Backlog.md dependency on task-5
    // names TASK-5), found when no id matches exactly.
    private readonly Dictionary<string, List<WorkItemDocument>> _byIdIgnoringCase = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, Lazy<object>> _analyses = new(StringComparer.Ordinal);

    /// <summary>
    /// Creates a workspace from parsed documents (their order is kept). A Work Item whose format keeps
    /// part of it in other files (a Spec Kit feature's tasks.md paths, a Kiro spec's design.md file
    /// list) is joined with those of them that are among the documents: <see cref="Documents"/> holds
    /// the joined document in its place.
    /// </summary>
    public WorkItemWorkspace(IEnumerable<WorkItemDocument> documents)
        : this(documents, Array.Empty<BacklogConfiguration>())
    {
    }

    /// <summary>
    /// Creates a workspace from parsed documents and the Backlog.md repositories' status lists
    /// (<c>backlog/config.yml</c>, read by the host): a Backlog.md task under a configuration's folder
    /// has the status its board gives its status's name (see <see cref="BacklogConfiguration"/>).
    /// </summary>
    public WorkItemWorkspace(IEnumerable<WorkItemDocument> documents, IEnumerable<BacklogConfiguration> backlogConfigurations)
    {
        if (documents is null)
        {
            throw new ArgumentNullException(nameof(documents));
        }

        BacklogConfigurations = (backlogConfigurations ?? throw new ArgumentNullException(nameof(backlogConfigurations))).ToList();
        var all = documents.ToList();
        MemoryDocuments = all.Where(IsMemory).ToList();
        Invariants = MemoryDocuments.Select(d => d.InvariantRecord).OfType<Memory.InvariantRecord>().ToList();
        RejectedDesigns = MemoryDocuments.Select(d => d.RejectedDesign).OfType<Memory.RejectedDesign>().ToList();
        Documents = BacklogStatuses.Map(FeatureFolderScope.Join(MemoryDocuments.Count == 0 ? all : all.Where(d => !IsMemory(d)).ToList()), BacklogConfigurations);
        foreach (var document in Documents)
        {
            if (document.Id is { } id)
            {
                if (!_byId.TryGetValue(id, out var list))
                {
                    list = new List<WorkItemDocument>(1);
                    _byId.Add(id, list);
                }

                list.Add(document);
                if (document.Profile.IdsIgnoreCase)
                {
                    if (!_byIdIgnoringCase.TryGetValue(id, out var anyCase))
                    {
                        anyCase = new List<WorkItemDocument>(1);
                        _byIdIgnoringCase.Add(id, anyCase);
                    }

                    anyCase.Add(document);
                }
            }
        }
    }

    /// <summary>The Backlog.md status lists the host gave.</summary>
    public IReadOnlyList<BacklogConfiguration> BacklogConfigurations { get; }

    /// <summary>
    /// The files of the invariants registry and the rejected-designs log among the documents given, in
    /// their order: linted (by the memory rule only) but not Work Items, so not in <see cref="Documents"/>.
    /// </summary>
    public IReadOnlyList<WorkItemDocument> MemoryDocuments { get; }

    /// <summary>The entries of the invariants registry, in the order given.</summary>
    public IReadOnlyList<Memory.InvariantRecord> Invariants { get; }

    /// <summary>The records of the rejected-designs log, in the order given.</summary>
    public IReadOnlyList<Memory.RejectedDesign> RejectedDesigns { get; }

    /// <summary>Every Work Item document, in the order given.</summary>
    public IReadOnlyList<WorkItemDocument> Documents { get; }

    /// <summary>Every distinct id.</summary>
    public IEnumerable<string> Ids => _byId.Keys;

    /// <summary>
    /// The documents whose Work Item has <paramref name="id"/> (ordinal); when none has, those of a
    /// format whose ids ignore letter case (Backlog.md) whose id matches in any case; empty when none.
    /// </summary>
    public IReadOnlyList<WorkItemDocument> FindById(string id)
    {
        if (id is null)
        {
            return Array.Empty<WorkItemDocument>();
        }

        if (_byId.TryGetValue(id, out var list))
        {
            return list;
        }

        return _byIdIgnoringCase.Count > 0 && _byIdIgnoringCase.TryGetValue(id, out var anyCase) ? anyCase : Array.Empty<WorkItemDocument>();
    }

    private static bool IsMemory(WorkItemDocument document) => document.Role is DocumentRole.InvariantRecord or DocumentRole.RejectedDesign;

    /// <summary>
    /// A whole-workspace analysis computed once, on first request, and shared by every caller
    /// (thread-safe). Rules use it for checks that need all Work Items at once, such as dependency
    /// cycles; <paramref name="key"/> should be unique to the rule (its axis and purpose).
    /// </summary>
    public T GetOrAddAnalysis<T>(string key, Func<WorkItemWorkspace, T> factory)
        where T : class
    {
        if (key is null)
        {
            throw new ArgumentNullException(nameof(key));
        }

        if (factory is null)
        {
            throw new ArgumentNullException(nameof(factory));
        }

        var lazy = _analyses.GetOrAdd(key, _ => new Lazy<object>(() => factory(this), LazyThreadSafetyMode.ExecutionAndPublication));
        return (T)lazy.Value;
    }
}
