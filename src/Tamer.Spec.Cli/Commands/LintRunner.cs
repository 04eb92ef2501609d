using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Tamer.Spec.Cli.Files;
using Tamer.Spec.Configuration;
using Tamer.Spec.Engine;
using Tamer.Spec.Parsing;
using Tamer.Spec.Reporting;
using Tamer.Spec.Repository;
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

        var targets = request.Paths.Select(ResolveTarget).ToList();
        var plan = Plan(targets, request.ConfigurationFile, request.RuleSettings, request.SeveritySettings);
        var session = plan.Session;
        var engine = session.Engine;
        var tool = plan.Tool;
        if (session.Failed)
        {
            foreach (var problem in session.Problems)
            {
                _environment.Error.WriteLine(TextReportWriter.Line(problem, tool));
            }

            return ExitCodes.UsageError;
        }

        var linted = plan.Linted;
        if (linted.Count == 0)
        {
            _environment.Error.WriteLine("tamer-lint: no Work Items found" + (targets.Count == 0 ? " (include: " + string.Join(", ", session.Configuration.Include) + ")" : string.Empty));
        }

        var documents = WorkItemFileLoader.Load(linted.Concat(plan.Context).ToList(), _environment, ParseLimits.Default);
        var options = plan.Options;
        var repositoryRoot = plan.RepositoryRoot;
        if (request.Fix != FixMode.None)
        {
            return Fix(engine, linted, documents.Take(linted.Count).ToList(), documents.Skip(linted.Count).ToList(), options, request, tool, repositoryRoot);
        }

        var result = LintReported(engine, documents.Take(linted.Count).ToList(), documents.Skip(linted.Count).ToList(), options);
        WriteReport(result, request, tool);
        return ExitCode(result, request.MaxWarnings);
    }

    // One workspace of the linted files and their context; only the linted files are reported.
    internal static LintResult LintReported(LintEngine engine, IReadOnlyList<WorkItemDocument> linted, IReadOnlyList<WorkItemDocument> context, LintOptions options)
    {
        var reported = new HashSet<WorkItemDocument>(linted);
        return engine.Lint(new WorkItemWorkspace(linted.Concat(context).ToList()), new LintOptions
        {
            Configuration = options.Configuration,
            ShouldReport = reported.Contains,
            Repository = options.Repository,
            MaxDegreeOfParallelism = options.MaxDegreeOfParallelism,
            RunDiagnostics = options.RunDiagnostics,
        });
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
