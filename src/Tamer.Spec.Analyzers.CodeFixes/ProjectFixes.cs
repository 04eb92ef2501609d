using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using EngineDiagnostic = Tamer.Spec.Diagnostics.Diagnostic;

namespace Tamer.Spec.Analyzers.CodeFixes;

/// <summary>
/// The engine's view of a project snapshot, for fixes: the same lint the analyzer ran (same
/// inputs, same configuration), kept once per snapshot so that every light bulb of a project
/// reuses it.
/// </summary>
internal sealed class ProjectFixes
{
    private static readonly ConditionalWeakTable<Project, Task<ProjectFixes>> Cache = new();

    private ProjectFixes(Project project, ProjectLint lint)
    {
        Project = project;
        Lint = lint;
    }

    public Project Project { get; }

    public ProjectLint Lint { get; }

    public static Task<ProjectFixes> ForAsync(Project project, CancellationToken cancellationToken) =>
        Cache.GetValue(project, p => Task.Run(() => new ProjectFixes(p, ProjectLintCache.GetOrRun(ProjectInputs.From(p.AnalyzerOptions, CancellationToken.None), p.CompilationOptions, CancellationToken.None)), cancellationToken));

    /// <summary>The engine diagnostic behind a Roslyn diagnostic in the AdditionalFile at <paramref name="path"/>.</summary>
    public EngineDiagnostic? Find(string path, Diagnostic diagnostic) =>
        Lint.For(path).FirstOrDefault(r => r.Engine.Id == diagnostic.Id && r.Location.SourceSpan == diagnostic.Location.SourceSpan)?.Engine;

    /// <summary>Every engine diagnostic reported in the AdditionalFile at <paramref name="path"/> that offers a fix.</summary>
    public IEnumerable<EngineDiagnostic> Fixable(string path) => Lint.For(path).Select(r => r.Engine).Where(d => d.Fixes.Count > 0);

    /// <summary>The additional documents of the project that are linted Work Items.</summary>
    public IEnumerable<TextDocument> WorkItemDocuments() =>
        Project.AdditionalDocuments.Where(d => d.FilePath is { } path && Lint.WorkItemAt(path) is not null);
}
