using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Tamer.Spec.Configuration;
using Tamer.Spec.Engine;
using Tamer.Spec.Formats;
using Tamer.Spec.Parsing;
using Tamer.Spec.Repository.History;
using Tamer.Spec.Workspace;

namespace Tamer.Spec.Cli.Metrics;

/// <summary>
/// Lints the Work Items of one commit after another with the engine, as <c>tamer-lint</c> lints a
/// checkout of that commit: one workspace of every Work Item the configuration includes, the
/// commit's tree as the repository. Work is reused between snapshots: a file whose blob is the
/// one the previous snapshot parsed is not read nor parsed again, and a snapshot whose Work Items
/// and configuration are those of the previous one (a week without changes to them) reuses its
/// results whole. A lint is not reused file by file, because the cross-item checks (dependencies,
/// overlaps, duplicate ids) make one file's result depend on the others.
/// </summary>
internal sealed class SnapshotLinter : IDisposable
{
    private readonly LintEngine _engine;
    private readonly GitBlobReader _blobs;
    private readonly int _parallelism;
    private Dictionary<string, (string Blob, FormatProfile? Assigned, WorkItemDocument Document)> _parsed = new(StringComparer.Ordinal);
    private string? _previousKey;
    private SnapshotFacts? _previousFacts;

    public SnapshotLinter(LintEngine engine, string topLevel, int parallelism)
    {
        _engine = engine;
        _blobs = new GitBlobReader(topLevel);
        _parallelism = parallelism;
    }

    /// <summary>How many files were read and parsed, and how many snapshots were linted, so far.</summary>
    public int FilesParsed { get; private set; }

    public int SnapshotsLinted { get; private set; }

    public SnapshotFacts Lint(GitTree tree, TamerConfiguration configuration, string configurationIdentity, TreeWorkItemFilter filter)
    {
        var paths = filter.Select(tree.Paths);
        var key = configurationIdentity + "\n" + string.Join("\n", paths.Select(p => p + " " + tree.BlobOf(p)));
        if (_previousFacts is not null && string.Equals(key, _previousKey, StringComparison.Ordinal))
        {
            return _previousFacts;
        }

        var documents = Parse(tree, paths, configuration);
        var result = _engine.Lint(new WorkItemWorkspace(documents), new LintOptions
        {
            Configuration = configuration,
            Repository = new GitTreeView(tree),
            MaxDegreeOfParallelism = _parallelism,
        });
        SnapshotsLinted++;
        var axes = result.Rules.Select(r => r.Reference.Axis).Distinct(StringComparer.Ordinal).ToList();
        var acceptanceJudged = axes.Contains(FactsReader.AcceptanceAxis, StringComparer.Ordinal);
        var items = new Dictionary<string, WorkItemFacts>(StringComparer.Ordinal);
        foreach (var file in result.Files)
        {
            var facts = FactsReader.Read(file, tree.BlobOf(file.Path)!, acceptanceJudged);
            if (!items.TryAdd(facts.Key, facts))
            {
                // Two files with one id (a TMR0004): each still counts, under its path.
                items[file.Path] = facts with { Key = file.Path };
            }
        }

        _previousKey = key;
        _previousFacts = new SnapshotFacts(items, axes, null);
        return _previousFacts;
    }

    // Each file in the format the snapshot's formats: globs give it (paths are relative to the
    // repository's top level, where its .tamer.yml is), or the one its path says.
    private List<WorkItemDocument> Parse(GitTree tree, IReadOnlyList<string> paths, TamerConfiguration configuration)
    {
        var documents = new WorkItemDocument?[paths.Count];
        var toParse = new List<(int Index, byte[] Content)>();
        var parsed = new Dictionary<string, (string Blob, FormatProfile? Assigned, WorkItemDocument Document)>(paths.Count, StringComparer.Ordinal);
        for (var i = 0; i < paths.Count; i++)
        {
            var blob = tree.BlobOf(paths[i])!;
            if (_parsed.TryGetValue(paths[i], out var known) && string.Equals(known.Blob, blob, StringComparison.Ordinal) && known.Assigned == configuration.FindFormat(paths[i]))
            {
                documents[i] = known.Document;
            }
            else
            {
                toParse.Add((i, _blobs.Read(blob)));
            }
        }

        Parallel.ForEach(toParse, new ParallelOptions { MaxDegreeOfParallelism = _parallelism }, item => documents[item.Index] = WorkItemParser.Parse(paths[item.Index], item.Content, ParseLimits.Default, configuration.FindFormat(paths[item.Index])));
        FilesParsed += toParse.Count;
        for (var i = 0; i < paths.Count; i++)
        {
            parsed[paths[i]] = (tree.BlobOf(paths[i])!, configuration.FindFormat(paths[i]), documents[i]!);
        }

        _parsed = parsed;
        return documents.Select(d => d!).ToList();
    }

    public void Dispose() => _blobs.Dispose();
}
