using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Tamer.Spec.Engine;
using Tamer.Spec.Reporting;
using Tamer.Spec.Repository;
using Tamer.Spec.Rules;

namespace Tamer.Spec.Cli.Commands;

/// <summary>
/// What a lint of some targets is made of, before any file is read: the session (configuration
/// nearest to the targets), the files to report on, the repository's other Work Items as context,
/// and the lint options. The command and the MCP server's <c>lint</c> both start here, so that they
/// lint the same workspace the same way.
/// </summary>
internal sealed partial class LintRunner
{
    /// <summary>
    /// Plans the lint of <paramref name="targets"/> (none: the configuration's include globs): the
    /// configuration's baseline applies unless <paramref name="ignoreBaseline"/>, and its path
    /// overrides apply to every file the plan reads, by the path the file is shown with.
    /// <paramref name="opened"/> is called with the session as soon as it is open, before the files
    /// are looked for (the cache starts reading its file then).
    /// </summary>
    public LintPlan Plan(IReadOnlyList<Target> targets, string? configurationFile, IReadOnlyList<string> ruleSettings, IReadOnlyList<string> severitySettings, bool ignoreBaseline = false, Action<TamerSession>? opened = null)
    {
        var start = targets.Count == 0 ? _environment.CurrentDirectory : CommonFolder(targets.Select(t => t.IsFolder ? t.FullPath : Path.GetDirectoryName(t.FullPath)!));
        var repositoryRoot = RepositoryRoot.Find(start);
        var session = _sessions.Open(configurationFile, start, repositoryRoot, ruleSettings, severitySettings);
        var tool = ToolInfo.TamerLint(_environment.CurrentDirectory);
        if (session.Failed)
        {
            return new LintPlan(session, repositoryRoot, tool, [], [], new LintOptions { Configuration = session.Configuration });
        }

        opened?.Invoke(session);
        var finder = new WorkItemFileFinder(session.Root, session.Configuration, repositoryRoot);
        var linted = targets.Count == 0 ? finder.FindIncluded() : Expand(targets, finder);
        var lintedSet = new HashSet<string>(linted, StringComparer.Ordinal);
        var context = targets.Count > 0 && repositoryRoot is not null && !CoversEveryIncludedFile(targets, session)
            ? finder.FindIncluded().Where(f => !lintedSet.Contains(f)).ToList()
            : new List<string>();

        // The invariants registry and the rejected-designs log: linted with the Work Items when the
        // lint covers the configuration's folder, otherwise read as context for the memory axis.
        var memory = finder.FindMemoryFiles().Where(f => !lintedSet.Contains(f)).ToList();
        if (targets.Count == 0)
        {
            linted = linted.Concat(memory).ToList();
            lintedSet.UnionWith(memory);
        }
        else
        {
            var contextSet = new HashSet<string>(context, StringComparer.Ordinal);
            context.AddRange(memory.Where(f => !contextSet.Contains(f)));
        }
        var fullPaths = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in linted.Concat(context))
        {
            fullPaths[_environment.DisplayPath(file)] = file;
        }

        var options = new LintOptions
        {
            Configuration = session.Configuration,
            Repository = repositoryRoot is null ? null : new FileSystemRepositoryView(repositoryRoot),
            MaxDegreeOfParallelism = Environment.ProcessorCount,
            RunDiagnostics = LinkDiagnostics.For(finder.LinksOutside, session.Configuration, _environment.DisplayPath),
            Baseline = ignoreBaseline ? null : session.Baseline,
            ConfigurationRelativePath = d => fullPaths.TryGetValue(d.Path, out var full) ? session.RelativePath(full) : null,
        };
        return new LintPlan(session, repositoryRoot, tool, linted, context, options)
        {
            Seen = path => finder.TryGetSeen(path, out var length, out var modified) ? (length, modified) : null,
        };
    }
}

/// <summary>A planned lint: see <see cref="LintRunner.Plan"/>.</summary>
/// <param name="Session">The session; nothing is linted when it <see cref="TamerSession.Failed"/>.</param>
/// <param name="RepositoryRoot">The repository the targets are in, or null.</param>
/// <param name="Tool">The tool as reports name it.</param>
/// <param name="Linted">The files reported on (full paths).</param>
/// <param name="Context">The repository's other Work Items, read for the cross-item checks only.</param>
/// <param name="Options">The lint options (without <see cref="LintOptions.ShouldReport"/>).</param>
internal sealed record LintPlan(TamerSession Session, string? RepositoryRoot, ToolInfo Tool, IReadOnlyList<string> Linted, IReadOnlyList<string> Context, LintOptions Options)
{
    /// <summary>The size and last write time the folder walk saw for a file (by its full path), when it did.</summary>
    public Func<string, (long Length, long ModifiedTicks)?> Seen { get; init; } = _ => null;
}
