using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Tamer.Spec.Cli.Metrics.Ledger;
using Tamer.Spec.Diagnostics;
using Tamer.Spec.Reporting;
using Tamer.Spec.Repository;
using Tamer.Spec.Repository.History;

namespace Tamer.Spec.Cli.Metrics;

/// <summary>
/// <c>tamer-lint metrics</c>: cuts the current branch's history into weeks, lints the snapshot each
/// week ended with, and reports the figures of each week. It reads git and never writes to the
/// repository, nor to the host's ledger it reads.
/// </summary>
internal sealed class MetricsRunner
{
    private readonly CliSessions _sessions;
    private readonly CliEnvironment _environment;
    private readonly Func<DateTimeOffset> _clock;

    public MetricsRunner(CliSessions sessions, CliEnvironment environment, Func<DateTimeOffset>? clock = null)
    {
        _sessions = sessions;
        _environment = environment;
        _clock = clock ?? (() => DateTimeOffset.UtcNow);
    }

    public int Run(MetricsRequest request)
    {
        var repositoryRoot = RepositoryRoot.Find(_environment.CurrentDirectory)
            ?? throw new UsageException("metrics reads a git repository's history, and " + _environment.CurrentDirectory + " is not inside one");
        var session = _sessions.Open(request.ConfigurationFile, _environment.CurrentDirectory, repositoryRoot, [], []);
        var engine = session.Engine;
        var problems = session.Problems;
        if (!request.AsOfThen && problems.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            var tool = ToolInfo.TamerLint(_environment.CurrentDirectory);
            foreach (var problem in problems)
            {
                _environment.Error.WriteLine(TextReportWriter.Line(problem, tool));
            }

            return ExitCodes.UsageError;
        }

        var configurationFolder = Path.GetRelativePath(repositoryRoot, session.Root).Replace('\\', '/');
        configurationFolder = configurationFolder == "." ? string.Empty : configurationFolder;
        if (configurationFolder.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(configurationFolder))
        {
            throw new UsageException("the configuration " + _environment.DisplayPath(session.Root) + " is outside the repository " + _environment.DisplayPath(repositoryRoot) + "; metrics applies a configuration from inside it");
        }

        var report = Measure(request, repositoryRoot, session, engine, configurationFolder);
        Write(report, request);
        return ExitCodes.Success;
    }

    private MetricsReport Measure(MetricsRequest request, string topLevel, Rules.TamerSession session, Engine.LintEngine engine, string configurationFolder)
    {
        string until;
        IReadOnlyList<HistoryCommit> commits;
        try
        {
            until = GitHistory.ResolveCommit(topLevel, request.Until);
            commits = GitHistory.FirstParentLine(topLevel, until);
        }
        catch (GitException exception)
        {
            throw new UsageException(exception.Message);
        }

        var first = SincePeriod.FirstMoment(request.Since, commits.Count == 0 ? _clock() : commits[0].CommittedAt);
        var (before, weeks) = WeeklySnapshots.Cut(commits, first);
        var ledgerEvents = request.Ledger is null ? null : LedgerEventReader.Read(request.Ledger, _environment.Resolve);
        var pinned = new SnapshotConfiguration(session.Configuration, "pinned", null);
        using var linter = new SnapshotLinter(engine, topLevel, Environment.ProcessorCount);
        using var configurationBlobs = request.AsOfThen ? new GitBlobReader(topLevel) : null;
        GitTree? tree = null;
        string? treeCommit = null;
        SnapshotFacts FactsOf(HistoryCommit? commit)
        {
            if (commit is null)
            {
                return SnapshotFacts.Empty;
            }

            if (!string.Equals(treeCommit, commit.Id, StringComparison.Ordinal))
            {
                tree = GitTree.Read(topLevel, commit.Id);
                treeCommit = commit.Id;
            }

            var configuration = configurationBlobs is null ? pinned : SnapshotConfiguration.AsOf(tree!, configurationFolder, configurationBlobs, engine);
            if (configuration.Problem is { } problem)
            {
                return SnapshotFacts.Empty with { ConfigurationProblem = problem };
            }

            return linter.Lint(tree!, configuration.Configuration, configuration.Identity, new TreeWorkItemFilter(configurationFolder, configuration.Configuration));
        }

        var baseline = FactsOf(before);
        var snapshots = weeks.Select(w => (Week: w, Facts: FactsOf(w.Commit))).ToList();
        var axes = AxesOf(snapshots.Select(s => s.Facts));
        var figures = new List<WeekFigures>(snapshots.Count);
        var previous = baseline;
        foreach (var (week, facts) in snapshots)
        {
            figures.Add(WeekFiguresCalculator.Calculate(week, previous, facts, axes));
            previous = facts;
        }

        var workers = ledgerEvents is null ? null : WorkerFiguresCalculator.Calculate(ledgerEvents, weeks);
        return new MetricsReport(_clock(), until, request.AsOfThen, axes, figures, workers);
    }

    // The axes the snapshots' rules covered, in the engine's order, then any other axis that refused something.
    private static List<string> AxesOf(IEnumerable<SnapshotFacts> snapshots)
    {
        var axes = new List<string>();
        var others = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var facts in snapshots)
        {
            foreach (var axis in facts.Axes.Where(a => !axes.Contains(a, StringComparer.Ordinal)))
            {
                axes.Add(axis);
            }

            others.UnionWith(facts.Items.Values.SelectMany(i => i.RefusingAxes));
        }

        axes.AddRange(others.Where(a => !axes.Contains(a, StringComparer.Ordinal)));
        return axes;
    }

    private void Write(MetricsReport report, MetricsRequest request)
    {
        if (request.OutputFile is null)
        {
            MetricsWriters.Write(report, request.Format, _environment.Output);
            return;
        }

        var path = _environment.Resolve(request.OutputFile);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using (var stream = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), CliEnvironment.OutputBufferSize))
            {
                MetricsWriters.Write(report, request.Format, stream);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new UsageException("cannot write the report to " + _environment.DisplayPath(path) + ": " + exception.Message);
        }

        _environment.Output.WriteLine("tamer-lint metrics: " + report.Weeks.Count + " weeks written to " + _environment.DisplayPath(path));
    }
}
