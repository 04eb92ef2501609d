using System.Collections.Generic;
using Tamer.Spec.Fixes;
using Tamer.Spec.Parsing;

namespace Tamer.Spec.LanguageServer;

/// <summary>
/// One folder of Work Items as the command line lints it: the same configuration, the same
/// context of other Work Items, the same engine call. The language server lints only through
/// this; it never reads the configuration or runs a rule itself. Nothing here writes a file.
/// </summary>
public interface IWorkItemWorkspace
{
    /// <summary>The folder served (full path).</summary>
    string Root { get; }

    /// <summary>Lints <paramref name="text"/> as the Work Item at <paramref name="fullPath"/>, against the rest of the workspace.</summary>
    /// <exception cref="WorkspaceException">The file cannot be linted here (the configuration has an error, say).</exception>
    WorkspaceLint Lint(string fullPath, string text);

    /// <summary>What <c>--fix</c> makes of <paramref name="text"/> (with the suggestions too when <paramref name="scope"/> says so); nothing is written.</summary>
    /// <exception cref="WorkspaceException">The file cannot be fixed here.</exception>
    FixedFile Fix(string fullPath, string text, FixScope scope);

    /// <summary>True when the configuration's include globs take in the file at <paramref name="fullPath"/>.</summary>
    /// <exception cref="WorkspaceException">The configuration has an error.</exception>
    bool Includes(string fullPath);

    /// <summary>The Work Items the configuration includes, as they are on disk.</summary>
    /// <exception cref="WorkspaceException">The configuration has an error.</exception>
    IReadOnlyList<WorkItemDocument> WorkItems();

    /// <summary>Something in the folder changed on disk (a Work Item, the configuration): what was kept is read again.</summary>
    void Changed();
}
