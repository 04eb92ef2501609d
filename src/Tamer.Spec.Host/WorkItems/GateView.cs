using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Tamer.Spec.Engine;
using Tamer.Spec.Host.Assignments;
using Tamer.Spec.Model;
using Tamer.Spec.Parsing;
using Tamer.Spec.Repository;
using Tamer.Spec.Rules;
using Tamer.Spec.Workspace;

namespace Tamer.Spec.Host.WorkItems;

/// <summary>
/// The workspace the gate judges at one moment: the Work Item files, each read with the status the
/// ledger gives it when the ledger has moved it on (in progress, review, done), so the
/// cross-item rules see what the orchestrator knows. A file the ledger has not touched is linted
/// exactly as <c>tamer-lint</c> lints it. Immutable; lint results are computed on demand and kept.
/// </summary>
internal sealed class GateView
{
    private readonly LintEngine _engine;
    private readonly IRepositoryView? _repository;
    private readonly ConcurrentDictionary<WorkItemDocument, FileLintResult> _results = new(ReferenceEqualityComparer.Instance);
    private readonly Lazy<IReadOnlyList<FileLintResult>> _all;

    private readonly Lazy<WorkItemWorkspace> _workspace;
    private readonly HashSet<WorkItemDocument> _served;

    /// <param name="files">The files as read.</param>
    /// <param name="book">The ledger's assignments.</param>
    /// <param name="engine">The engine.</param>
    /// <param name="edited">Files already read with a ledger status, by file and status: kept across views, since each state change makes a new view.</param>
    public GateView(WorkItemFiles files, AssignmentBook book, LintEngine engine, ConcurrentDictionary<(WorkItemDocument, WorkItemStatus), WorkItemDocument> edited)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(edited);
        Files = files;
        Book = book;
        _engine = engine;
        Documents = files.Documents.Select(d => WithLedgerStatus(d, book, edited)).ToList();
        Context = files.Context.Select(d => WithLedgerStatus(d, book, edited)).ToList();
        _served = new HashSet<WorkItemDocument>(Documents, ReferenceEqualityComparer.Instance);
        _workspace = new Lazy<WorkItemWorkspace>(() => new WorkItemWorkspace(Documents.Concat(Context).ToList()));
        _repository = files.RepositoryRoot is null ? null : new FileSystemRepositoryView(files.RepositoryRoot);
        _all = new Lazy<IReadOnlyList<FileLintResult>>(LintEverything);
    }

    public WorkItemFiles Files { get; }

    public AssignmentBook Book { get; }

    /// <summary>The Work Items the host serves: the folder's files.</summary>
    public IReadOnlyList<WorkItemDocument> Documents { get; }

    /// <summary>The repository's other Work Items, seen by the cross-item checks only.</summary>
    public IReadOnlyList<WorkItemDocument> Context { get; }

    public WorkItemWorkspace Workspace => _workspace.Value;

    /// <summary>The file that declares <paramref name="id"/> (the first, when several do: the gate refuses both).</summary>
    public WorkItemDocument? Find(string id) => Workspace.FindById(id).FirstOrDefault(_served.Contains);

    /// <summary>Every file's result, sorted by path.</summary>
    public IReadOnlyList<FileLintResult> LintAll() => _all.Value;

    /// <summary>One file's result, against the whole workspace.</summary>
    public FileLintResult Lint(WorkItemDocument document) =>
        _results.GetOrAdd(document, d => LintIn(Workspace, d));

    /// <summary>
    /// A posted Work Item against the workspace, in place of the file with the same id when there is
    /// one (so an edit can be checked before it is saved); nothing is kept.
    /// </summary>
    public FileLintResult LintPosted(WorkItemDocument posted)
    {
        ArgumentNullException.ThrowIfNull(posted);
        var all = Documents.Concat(Context);
        var others = posted.Id is null ? all : all.Where(d => !string.Equals(d.Id, posted.Id, StringComparison.Ordinal) && !string.Equals(d.Path, posted.Path, StringComparison.Ordinal));
        return LintIn(new WorkItemWorkspace(others.Append(posted).ToList()), posted);
    }

    private FileLintResult LintIn(WorkItemWorkspace workspace, WorkItemDocument document)
    {
        var result = _engine.Lint(workspace, Options(d => ReferenceEquals(d, document), parallelism: 1));
        return result.Files.Count == 1 ? result.Files[0] : throw new InvalidOperationException("the configuration selects no rules: " + string.Join("; ", result.RunDiagnostics.Select(d => d.Message)));
    }

    private IReadOnlyList<FileLintResult> LintEverything()
    {
        var result = _engine.Lint(Workspace, Options(_served.Contains, Environment.ProcessorCount));
        foreach (var file in result.Files)
        {
            _results.TryAdd(file.Document, file);
        }

        return result.Files;
    }

    private LintOptions Options(Func<WorkItemDocument, bool> report, int parallelism) => new()
    {
        Configuration = Files.Configuration,
        Repository = _repository,
        ShouldReport = report,
        MaxDegreeOfParallelism = parallelism,
        Baseline = Files.Baseline,

        // Documents are named relative to the configuration's folder, as its path overrides are.
        ConfigurationRelativePath = d => d.Path,
    };

    // The ledger's status replaces the file's, as a text edit of the status value, and the file is
    // read again: positions stay those of the file (only text after the value on its line moves).
    private static WorkItemDocument WithLedgerStatus(WorkItemDocument document, AssignmentBook book, ConcurrentDictionary<(WorkItemDocument, WorkItemStatus), WorkItemDocument> edited)
    {
        if (document.Id is not { } id || book.LatestFor(id) is not { } assignment || document.WorkItem is not { StatusSpan: not null } workItem || workItem.Status == assignment.Status)
        {
            return document;
        }

        return edited.GetOrAdd((document, assignment.Status), key => Edit(key.Item1, key.Item2));
    }

    private static WorkItemDocument Edit(WorkItemDocument document, WorkItemStatus status)
    {
        var span = document.WorkItem!.StatusSpan!.Value;
        var text = document.Text.Text;
        var edited = string.Concat(text.AsSpan(0, span.Start), WorkItemFormat.ToValue(status), text.AsSpan(span.End));
        var bytes = document.Text.HasByteOrderMark ? [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(edited)] : Encoding.UTF8.GetBytes(edited);
        return WorkItemParser.Parse(document.Path, bytes, ParseLimits.Default, document.Profile);
    }
}
