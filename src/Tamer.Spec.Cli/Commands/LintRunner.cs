using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Tamer.Spec.Cli.Caching;
using Tamer.Spec.Cli.Files;
using Tamer.Spec.Configuration;
using Tamer.Spec.Diagnostics;
using Tamer.Spec.Engine;
using Tamer.Spec.Formats;
using Tamer.Spec.Parsing;
using Tamer.Spec.Reporting;
using Tamer.Spec.Repository;
using Tamer.Spec.Rules;
using Tamer.Spec.Workspace;

namespace Tamer.Spec.Cli.Commands;

/// <summary>
/// <c>tamer-lint lint</c>: finds the Work Items, forms one workspace of them (plus, inside a
/// repository, the repository's other Work Items as context), lints, writes the report, and
/// turns the result into an exit code.
/// </summary>
internal sealed partial class LintRunner
{
    private readonly CliSessions _sessions;
    private readonly CliEnvironment _environment;

    // The Backlog.md status lists of the run's repositories (backlog/config.yml), read with the files.
    private IReadOnlyList<BacklogConfiguration> _backlogs = [];

    public LintRunner(CliSessions sessions, CliEnvironment environment)
    {
        _sessions = sessions;
        _environment = environment;
    }

    public int Run(LintRequest request)
    {
        if (request.MaxWarnings is < 0)
        {
            throw new UsageException("--max-warnings must be 0 or more");
        }

        if (request.ChangedSince is not null && request.Fix != FixMode.None)
        {
            throw new UsageException("--changed-since cannot be used with --fix or --fix-dry-run");
        }

        if (Prepare(request, standIns: request.Fix == FixMode.None) is not { } run)
        {
            return ExitCodes.UsageError;
        }

        if (request.Fix != FixMode.None)
        {
            return Fix(run.Session.Engine, run.LintedPaths, run.Linted, run.Context, run.Options, request, run.Tool, run.RepositoryRoot);
        }

        var options = run.Options;
        if (request.ChangedSince is { } revision)
        {
            var reported = ChangedWorkItems.Select(run, revision);
            options = With(options, reported.Contains);
        }

        var result = LintReported(run.Session.Engine, run.Linted, run.Context, options, run.Backlogs);

        // The cache is written while the report is (Save never throws).
        var saving = run.Cache is { } cache ? Task.Run(() => cache.Save(result)) : Task.CompletedTask;
        try
        {
            WriteReport(result, request, run.Tool);
        }
        finally
        {
            saving.GetAwaiter().GetResult();
        }

        return ExitCode(result, request.MaxWarnings);
    }

    // Opens the session, finds and reads the Work Items; null (after the problems are written to
    // standard error) when the configuration is unusable. With standIns (and no cache, and only
    // built-in packs), the Work Items read as context are kept as stand-ins, and so are the linted
    // ones when there are at least CliEnvironment.StandInThreshold of them: each is parsed whole
    // again only while it is linted (StandInFiles).
    private LintRun? Prepare(LintRequest request, bool standIns = false)
    {
        var targets = request.Paths.Select(ResolveTarget).ToList();
        LintCache? cache = null;
        var plan = Plan(targets, request.ConfigurationFile, request.RuleSettings, request.SeveritySettings, request.IgnoreBaseline, opened => cache = OpenCache(opened, request));
        var session = plan.Session;
        var tool = plan.Tool;
        var repositoryRoot = plan.RepositoryRoot;
        if (session.Failed)
        {
            foreach (var problem in session.Problems)
            {
                _environment.Error.WriteLine(TextReportWriter.Line(problem, tool));
            }

            return null;
        }

        var linted = plan.Linted;
        if (linted.Count == 0)
        {
            _environment.Error.WriteLine("tamer-lint: no Work Items found" + (targets.Count == 0 ? " (include: " + string.Join(", ", session.Configuration.Include) + ")" : string.Empty));
        }

        var allPaths = linted.Concat(plan.Context).ToList();
        var repository = cache is null ? plan.Options.Repository : cache.Watch(plan.Options.Repository);
        var lintedAsStandIns = linted.Count >= _environment.StandInThreshold;
        var contextAsStandIns = _environment.ContextAsStandIns && plan.Context.Count > 0;
        var standInFiles = standIns && cache is null && (lintedAsStandIns || contextAsStandIns) && CrossItemFacts.OnlyFactsAreRead(session)
            ? StandInFiles.Load(allPaths, _environment, ParseLimits.Default, WorkItemFileLoader.FormatsOf(session), i => i >= linted.Count ? contextAsStandIns : lintedAsStandIns, i => i < linted.Count)
            : null;
        var documents = standInFiles?.Documents
            ?? (cache is null
                ? WorkItemFileLoader.Load(allPaths, _environment, ParseLimits.Default, WorkItemFileLoader.FormatsOf(session))
                : cache.Load(allPaths, linted.Count, _environment, ParseLimits.Default, WorkItemFileLoader.FormatsOf(session), plan.Seen));
        // By the path a document is shown with: the fixer reads fixed files again under the same path.
        var fullPaths = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < documents.Count; i++)
        {
            fullPaths[documents[i].Path] = allPaths[i];
        }

        _backlogs = WorkItemFileLoader.BacklogConfigurations(documents, allPaths);
        var options = cache is not null ? With(plan.Options, repository: repository, knownResult: cache.KnownResult)
            : standInFiles is not null ? With(plan.Options, lintInPlaceOf: standInFiles.LintInPlaceOf)
            : plan.Options;
        // A status list Backlog.md could not read either: said as a warning, and the default statuses apply.
        var unreadable = _backlogs.Where(b => b.Problem is not null).Select(b => new Diagnostic(EngineDiagnostics.InvalidConfiguration, DiagnosticSeverity.Warning, EngineDiagnostics.InvalidConfiguration.FormatMessage(b.Path + ": " + b.Problem), b.ProblemLocation, EngineDiagnostics.Rule)).ToList();
        if (unreadable.Count > 0)
        {
            options = With(options, runDiagnostics: options.RunDiagnostics.Concat(unreadable).ToList());
        }

        return new LintRun(session, tool, repositoryRoot, linted, documents.Take(linted.Count).ToList(), documents.Skip(linted.Count).ToList(), fullPaths, options, _backlogs, cache);
    }

    // The cache of a run that asks for one (--cache or cache: true; never with --fix, which rewrites
    // files and lints them again), reading its file while the Work Items are looked for.
    private LintCache? OpenCache(TamerSession session, LintRequest request) =>
        !session.Failed && request.Fix == FixMode.None && (request.Cache || session.Configuration.Cache)
            ? LintCache.Open(session, request.RuleSettings.Concat(request.SeveritySettings), _environment.CurrentDirectory)
            : null;

    // The options with some of them replaced: which documents are reported, the repository the rules
    // ask (the cache's remembers their questions), the results a cache gives back, the run's own
    // diagnostics.
    private static LintOptions With(
        LintOptions options,
        Func<WorkItemDocument, bool>? shouldReport = null,
        IRepositoryView? repository = null,
        Func<WorkItemDocument, FileLintResult?>? knownResult = null,
        IReadOnlyList<Diagnostic>? runDiagnostics = null,
        Func<WorkItemDocument, Func<WorkItemDocument, FileLintResult>, FileLintResult?>? lintInPlaceOf = null) => new()
    {
        Configuration = options.Configuration,
        ShouldReport = shouldReport ?? options.ShouldReport,
        Repository = repository ?? options.Repository,
        MaxDegreeOfParallelism = options.MaxDegreeOfParallelism,
        RunDiagnostics = runDiagnostics ?? options.RunDiagnostics,
        Baseline = options.Baseline,
        ConfigurationRelativePath = options.ConfigurationRelativePath,
        KnownResult = knownResult ?? options.KnownResult,
        LintInPlaceOf = lintInPlaceOf ?? options.LintInPlaceOf,
    };

    // One workspace of the linted files and their context; only the linted files are reported.
    internal static LintResult LintReported(LintEngine engine, IReadOnlyList<WorkItemDocument> linted, IReadOnlyList<WorkItemDocument> context, LintOptions options, IReadOnlyList<BacklogConfiguration>? backlogs = null)
    {
        var reported = new HashSet<WorkItemDocument>(linted);
        var narrower = options.ShouldReport;
        try
        {
            return engine.Lint(new WorkItemWorkspace(linted.Concat(context).ToList(), backlogs ?? []), With(options, d => reported.Contains(d) && (narrower?.Invoke(d) ?? true)));
        }
        catch (AggregateException parallel) when (parallel.Flatten().InnerExceptions.OfType<UsageException>().FirstOrDefault() is { } usage)
        {
            // A file that could not be read again while it was linted (StandInFiles).
            throw usage;
        }
    }

    private void WriteReport(LintResult result, LintRequest request, ToolInfo tool)
    {
        var writer = ReportWriters.For(request.Format);
        if (request.Format is not ReportFormat.Text and not ReportFormat.Sarif)
        {
            foreach (var diagnostic in result.RunDiagnostics)
            {
                _environment.Error.WriteLine(TextReportWriter.Line(diagnostic, tool));
            }
        }

        if (request.OutputFile is null)
        {
            writer.Write(result, tool, _environment.Output);
            return;
        }

        var path = _environment.Resolve(request.OutputFile);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using (var stream = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), CliEnvironment.OutputBufferSize))
            {
                writer.Write(result, tool, stream);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new UsageException("cannot write the report to " + _environment.DisplayPath(path) + ": " + exception.Message);
        }

        _environment.Output.WriteLine(TextReportWriter.Summary(result));
    }

    // True when a folder given on the command line holds the configuration's folder and the include
    // globs are the defaults (Markdown files under work-items/ and *.wi.md files, in no folder the
    // walk skips): every Work Item of the repository is linted, none is left as context, and the
    // repository need not be walked again to find them.
    private static bool CoversEveryIncludedFile(IEnumerable<Target> targets, Tamer.Spec.Rules.TamerSession session) =>
        session.Configuration.Include.SequenceEqual(TamerConfiguration.DefaultInclude, StringComparer.Ordinal)
        && targets.Any(t => t.IsFolder && IsSameOrInside(Path.TrimEndingDirectorySeparator(session.Root), Path.TrimEndingDirectorySeparator(t.FullPath)));

    private static int ExitCode(LintResult result, int? maxWarnings)
    {
        if (result.AnyRefused)
        {
            return ExitCodes.Refused;
        }

        return maxWarnings is { } max && result.Summary.Warnings > max ? ExitCodes.Refused : ExitCodes.Success;
    }

    internal Target ResolveTarget(string path)
    {
        var full = _environment.Resolve(path);
        if (File.Exists(full))
        {
            return new Target(full, IsFolder: false);
        }

        if (Directory.Exists(full))
        {
            return new Target(full, IsFolder: true);
        }

        throw new UsageException("no such file or folder: " + path);
    }

    private static List<string> Expand(IEnumerable<Target> targets, WorkItemFileFinder finder)
    {
        var files = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var target in targets)
        {
            if (target.IsFolder)
            {
                files.UnionWith(finder.FindInFolder(target.FullPath));
            }
            else
            {
                files.Add(target.FullPath);
            }
        }

        return files.ToList();
    }

    private static string CommonFolder(IEnumerable<string> folders)
    {
        string? common = null;
        foreach (var folder in folders)
        {
            var current = Path.TrimEndingDirectorySeparator(folder);
            if (common is null)
            {
                common = current;
                continue;
            }

            while (!IsSameOrInside(current, common))
            {
                common = Path.GetDirectoryName(common) ?? common;
                if (Path.GetPathRoot(common) == common)
                {
                    break;
                }
            }
        }

        return common!;
    }

    private static bool IsSameOrInside(string path, string folder) =>
        string.Equals(path, folder, StringComparison.Ordinal) || path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>A file or folder to lint, by its full path.</summary>
    internal sealed record Target(string FullPath, bool IsFolder);
}
