using System;
using System.IO;
using System.Linq;
using Tamer.Spec.CSharpClaims;
using Tamer.Spec.Cli.Files;
using Tamer.Spec.Diagnostics;
using Tamer.Spec.Engine;
using Tamer.Spec.Parsing;
using Tamer.Spec.Reporting;
using Tamer.Spec.Repository;
using Tamer.Spec.Rules.Traceability;
using Tamer.Spec.Workspace;

namespace Tamer.Spec.Cli.Commands;

/// <summary>
/// <c>tamer-lint trace</c>: lists each acceptance criterion of the repository's Work Items with
/// the tests that claim it (<c>[Satisfies("WI-…", "AC-n")]</c>), read from the C# files of a
/// project or of every project below a folder, without building them. The claims are checked as
/// the analyzer checks them (TMR6001–TMR6003); exit code 1 when one of those is an error.
/// </summary>
internal sealed class TraceRunner
{
    private readonly CliSessions _sessions;
    private readonly CliEnvironment _environment;

    public TraceRunner(CliSessions sessions, CliEnvironment environment)
    {
        _sessions = sessions;
        _environment = environment;
    }

    public int Run(TraceRequest request)
    {
        var folder = CodeFolder(request.Target);
        var repositoryRoot = RepositoryRoot.Find(folder);
        var session = _sessions.Open(request.ConfigurationFile, folder, repositoryRoot, [], request.SeveritySettings);
        var engine = session.Engine;
        if (session.Problems.FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error) is { } problem)
        {
            throw new UsageException(problem.Message);
        }

        var finder = new WorkItemFileFinder(session.Root, session.Configuration, repositoryRoot);
        var documents = WorkItemFileLoader.Load(finder.FindIncluded(), _environment, ParseLimits.Default, WorkItemFileLoader.FormatsOf(session));
        LinkWarnings.Write(finder, session.Configuration, _environment);
        var sources = CSharpSources.Below(folder, repositoryRoot);
        var claims = ClaimFiles.Read(sources, _environment.DisplayPath);
        var workspace = new WorkItemWorkspace(documents);
        var result = engine.Lint(workspace, new LintOptions { Configuration = session.Configuration, Change = WorkItemChange.OfClaims(claims, complete: true), ChangeOnly = true });
        var report = new ClaimReport(result.ClaimDiagnostics.Concat(result.Files.SelectMany(f => f.Diagnostics)).ToList(), ClaimTraces.Of(workspace, claims));
        var trace = new TraceResult(report, claims.Count, sources.Count);
        if (request.Format == ReportFormat.Json)
        {
            TraceReport.WriteJson(trace, _environment.Output);
        }
        else
        {
            TraceReport.WriteText(trace, _environment.Output);
        }

        return report.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error) ? ExitCodes.Refused : ExitCodes.Success;
    }

    // A project file stands for its folder; no target means the current folder.
    private string CodeFolder(string? target)
    {
        var path = _environment.Resolve(target ?? ".");
        if (File.Exists(path) && path.EndsWith("proj", StringComparison.OrdinalIgnoreCase))
        {
            return Path.GetDirectoryName(path)!;
        }

        if (!Directory.Exists(path))
        {
            throw new UsageException((target ?? ".") + " is neither a project file nor a folder");
        }

        return path;
    }
}
