using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Tamer.Spec.Cli.Mcp;
using Tamer.Spec.Fixes;
using Tamer.Spec.LanguageServer;
using Tamer.Spec.Mcp;
using Tamer.Spec.Parsing;

namespace Tamer.Spec.Cli.Lsp;

/// <summary>
/// A folder served to an editor, linted through the MCP server's <see cref="LocalWorkspace"/>: the
/// lint plan of <c>tamer-lint lint FILE</c>, the same engine call, the fixer of <c>--fix</c>. The
/// command line's errors (a configuration that does not load) become <see cref="WorkspaceException"/>s.
/// </summary>
internal sealed class LocalLanguageWorkspace : IWorkItemWorkspace
{
    private readonly LocalWorkspace _workspace;

    /// <param name="sessions">The command line's sessions (its rule packs).</param>
    /// <param name="root">The folder; paths are shown relative to it, as a lint run there shows them.</param>
    /// <param name="keepsPlans">True when the editor tells of every change on disk, so plans may be kept until <see cref="Changed"/>.</param>
    public LocalLanguageWorkspace(CliSessions sessions, string root, bool keepsPlans)
    {
        var environment = new CliEnvironment(TextWriter.Null, TextWriter.Null, root);
        _workspace = new LocalWorkspace(environment.CurrentDirectory, new CliSessions(sessions.Packs, environment), environment) { KeepsPlans = keepsPlans };
    }

    public string Root => _workspace.Root;

    public WorkspaceLint Lint(string fullPath, string text) => Guard(() =>
    {
        var linted = _workspace.Lint(fullPath, text);
        // An editor shows a file's diagnostics on that file: those a Work Item's scope gives another
        // of its files (a Spec Kit feature's tasks.md) are shown when that file is open.
        var document = linted.Document!;
        var diagnostics = linted.Result.Files[0].Diagnostics.Where(d => d.Location is null || string.Equals(d.Location.Path, document.Path, StringComparison.Ordinal)).ToList();
        return new WorkspaceLint(document, diagnostics, linted.Plan.Session.Engine, linted.Result.RunDiagnostics);
    });

    public FixedFile Fix(string fullPath, string text, FixScope scope) =>
        Guard(() => _workspace.Fix(fullPath, text, scope == FixScope.SafeAndSuggestions));

    public bool Includes(string fullPath)
    {
        var shown = _workspace.Environment.DisplayPath(fullPath);
        return WorkItems().Any(d => string.Equals(d.Path, shown, StringComparison.Ordinal));
    }

    public IReadOnlyList<WorkItemDocument> WorkItems() => Guard(_workspace.Included);

    public void Changed() => _workspace.Changed();

    private static T Guard<T>(Func<T> call)
    {
        try
        {
            return LocalTools.Guarded(call);
        }
        catch (ToolInputException exception)
        {
            throw new WorkspaceException(exception.Message, exception);
        }
    }
}
