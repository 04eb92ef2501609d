using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Tamer.Spec.CSharpClaims;
using Tamer.Spec.Cli.Files;
using Tamer.Spec.Diagnostics;
using Tamer.Spec.Engine;
using Tamer.Spec.Parsing;
using Tamer.Spec.Reporting;
using Tamer.Spec.TestRuns;
using Tamer.Spec.Repository;
using Tamer.Spec.Workspace;

namespace Tamer.Spec.Cli.Commands;

/// <summary>
/// <c>tamer-lint verify</c>: a lint of the Work Item a change implements, with the change. The
/// changed paths come from git (<c>--base</c>, optional <c>--head</c>) or from a plain list
/// (<c>--changed</c>); the rules that judge a change report on it (scope: each path outside the
/// write scope is TMR1101, TMR1102 or TMR1103, at the scope entry it runs into) with the
/// configured versions, severities and suppressions. Exit code 1 when any of them is an error.
/// </summary>
internal sealed class VerifyRunner
{
    private readonly CliSessions _sessions;
    private readonly CliEnvironment _environment;

    public VerifyRunner(CliSessions sessions, CliEnvironment environment)
    {
        _sessions = sessions;
        _environment = environment;
    }

    public int Run(VerifyRequest request)
    {
        if (request.BaseRevision is not null && request.ChangedFile is not null)
        {
            throw new UsageException("verify takes either --base REV (git) or --changed FILE (a list of paths), not both");
        }

        if (request.BaseRevision is null && request.ChangedFile is null && request.TestRunFiles.Count == 0)
        {
            throw new UsageException("verify needs --base REV (git) or --changed FILE (a list of paths), and/or --tests FILE... (test runs)");
        }

        if (request.HeadRevision is not null && request.BaseRevision is null)
        {
            throw new UsageException("--head needs --base");
        }

        var root = request.BaseRevision is not null
            ? Git(() => GitChanges.TopLevel(_environment.CurrentDirectory))
            : RepositoryRoot.Find(_environment.CurrentDirectory) ?? _environment.CurrentDirectory;
        var session = _sessions.Open(request.ConfigurationFile, _environment.CurrentDirectory, root, request.RuleSettings, request.SeveritySettings);
        var engine = session.Engine;
        if (session.Problems.FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error) is { } problem)
        {
            throw new UsageException(problem.Message);
        }

        var workItem = FindWorkItem(request.Target, session, root);
        var changed = request.BaseRevision is not null
            ? Git(() => GitChanges.Between(root, request.BaseRevision, request.HeadRevision))
            : request.ChangedFile is not null ? ReadChangedList(request.ChangedFile, root) : [];
        var runs = request.TestRunFiles.Select(ReadTestRun).ToList();
        var claims = runs.Count == 0 ? [] : ReadClaims(request.ClaimsFolder, root);

        // A lint of the Work Item with the change, reporting only what the change brings: the
        // configured rule versions, severities and the Work Item's suppressions apply as in a lint.
        var result = engine.Lint(new WorkItemWorkspace([workItem]), new LintOptions
        {
            Configuration = session.Configuration,
            Change = new WorkItemChange(changed) { Claims = claims, TestRuns = runs },
            ChangeOnly = true,
        });
        ReportWriters.For(request.Format).Write(result, ToolInfo.TamerLint(_environment.CurrentDirectory), _environment.Output);
        if (request.Format == ReportFormat.Text && changed.Count > 0)
        {
            TouchedInvariants.Write(changed, session, root, _environment);
        }

        return result.AnyRefused ? ExitCodes.Refused : ExitCodes.Success;
    }

    // A test run file that cannot be read or is not TRX or JUnit XML stops the check: one line, exit code 2.
    private TestRun ReadTestRun(string file)
    {
        string text;
        try
        {
            text = File.ReadAllText(_environment.Resolve(file));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new UsageException("cannot read the test run " + file + ": " + exception.Message);
        }

        try
        {
            return TestRunReader.Read(file, text);
        }
        catch (TestRunFormatException exception)
        {
            throw new UsageException(exception.Message);
        }
    }

    // The [Satisfies] claims of the C# files under the folder (a project file stands for its folder), read as trace reads them.
    private IReadOnlyList<Tamer.Spec.Claims.CriterionClaim> ReadClaims(string? folder, string root)
    {
        var path = folder is null ? root : _environment.Resolve(folder);
        if (File.Exists(path) && path.EndsWith("proj", StringComparison.OrdinalIgnoreCase))
        {
            path = Path.GetDirectoryName(path)!;
        }

        if (!Directory.Exists(path))
        {
            throw new UsageException("--claims " + folder + " is neither a project file nor a folder");
        }

        return ClaimFiles.Read(CSharpSources.Below(path, RepositoryRoot.Find(path)), _environment.DisplayPath);
    }

    // git's failures are usage errors here: one line, exit code 2.
    private static T Git<T>(Func<T> call)
    {
        try
        {
            return call();
        }
        catch (GitException exception)
        {
            throw new UsageException(exception.GitMissing ? exception.Message + "; install it, or pass the changed paths with --changed FILE" : exception.Message);
        }
    }

    private WorkItemDocument FindWorkItem(string target, Tamer.Spec.Rules.TamerSession session, string repositoryRoot)
    {
        var asPath = _environment.Resolve(target);
        if (File.Exists(asPath))
        {
            return Parse(asPath, session);
        }

        var finder = new WorkItemFileFinder(session.Root, session.Configuration, repositoryRoot);
        var matches = WorkItemFileLoader.Load(finder.FindIncluded(), _environment, ParseLimits.Default, WorkItemFileLoader.FormatsOf(session))
            .Where(d => string.Equals(d.Id, target, StringComparison.Ordinal))
            .ToList();
        LinkWarnings.Write(finder, session.Configuration, _environment);
        return matches.Count switch
        {
            1 => matches[0],
            0 => throw new UsageException("no Work Item file or id '" + target + "' (looked for files under " + _environment.DisplayPath(session.Root) + " matching " + string.Join(", ", session.Configuration.Include) + ")"),
            _ => throw new UsageException("the id '" + target + "' is used by " + matches.Count + " files: " + string.Join(", ", matches.Select(m => m.Path))),
        };
    }

    private WorkItemDocument Parse(string fullPath, Tamer.Spec.Rules.TamerSession session)
    {
        var document = WorkItemFileLoader.Load([fullPath], _environment, ParseLimits.Default, WorkItemFileLoader.FormatsOf(session))[0];
        if (document.WorkItem is null)
        {
            throw new UsageException(document.Path + " is not a readable Work Item; run 'tamer-lint " + document.Path + "' to see why");
        }

        return document;
    }

    // One path a line, relative to the repository root; an absolute path inside the repository is
    // made relative to it. Blank lines are skipped; every other line is a path.
    private IReadOnlyList<string> ReadChangedList(string file, string root)
    {
        string text;
        try
        {
            text = file == "-" ? _environment.Input.ReadToEnd() : File.ReadAllText(_environment.Resolve(file));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new UsageException("cannot read the list of changed paths " + file + ": " + exception.Message);
        }

        return text.Split('\n')
            .Select(line => line.TrimEnd('\r'))
            .Where(line => line.Trim().Length > 0)
            .Select(line => Path.IsPathFullyQualified(line) ? Path.GetRelativePath(root, line).Replace('\\', '/') : line)
            .ToList();
    }
}
