using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Tamer.Spec.Configuration;
using Tamer.Spec.Engine;
using Tamer.Spec.Parsing;
using Tamer.Spec.Workspace;
using EngineDiagnostic = Tamer.Spec.Diagnostics.Diagnostic;

namespace Tamer.Spec.Analyzers;

/// <summary>
/// One lint of a project's Work Items: the configuration read from its AdditionalFile, the
/// Work Items the configuration selects parsed into one workspace (so that cross-Work-Item
/// checks see them all), the engine run once, and each diagnostic placed in its file with the
/// severity <see cref="SeverityLayers"/> gives it. When the configuration does not read, only its
/// own diagnostics are reported, as the command line and the build task do.
/// </summary>
internal sealed class ProjectLint
{
    private readonly Dictionary<string, List<ReportedDiagnostic>> _byFile;
    private readonly Dictionary<string, AdditionalInput> _byDocumentPath;

    private ProjectLint(ProjectInputs inputs, Dictionary<string, List<ReportedDiagnostic>> byFile, IReadOnlyList<ReportedDiagnostic> unlocated, Dictionary<string, AdditionalInput> byDocumentPath, LintedWorkspace? linted)
    {
        Inputs = inputs;
        _byFile = byFile;
        Unlocated = unlocated;
        _byDocumentPath = byDocumentPath;
        Linted = linted;
    }

    public ProjectInputs Inputs { get; }

    /// <summary>Diagnostics with no place in a file (an unreadable <c>tamer_diagnostic</c> value, a failure).</summary>
    public IReadOnlyList<ReportedDiagnostic> Unlocated { get; }

    /// <summary>The workspace and what the engine said; null when the configuration does not read.</summary>
    public LintedWorkspace? Linted { get; }

    /// <summary>The path (as Roslyn knows it) whose action reports <see cref="Unlocated"/>: the configuration, else the first Work Item.</summary>
    public string? UnlocatedReportedWith => (Inputs.Configuration ?? Inputs.WorkItems.FirstOrDefault())?.Path;

    public static ProjectLint Run(ProjectInputs inputs, CompilationOptions? compilationOptions, CancellationToken cancellationToken)
    {
        var byFile = new Dictionary<string, List<ReportedDiagnostic>>(StringComparer.Ordinal);
        var byDocumentPath = new Dictionary<string, AdditionalInput>(StringComparer.Ordinal);
        var unlocated = new List<ReportedDiagnostic>();
        var configuration = TamerConfiguration.Default;
        if (inputs.Configuration is { } configurationFile)
        {
            byDocumentPath[configurationFile.DocumentPath] = configurationFile;
            var parsed = ConfigurationParser.Parse(configurationFile.DocumentPath, configurationFile.Text.ToString());
            var layersForConfiguration = SeverityLayers.Create(TamerConfiguration.Default, Array.Empty<AdditionalInput>(), compilationOptions, cancellationToken);
            Place(parsed.Diagnostics, layersForConfiguration, byDocumentPath, byFile, unlocated);
            if (parsed.HasErrors)
            {
                return new ProjectLint(inputs, byFile, unlocated, byDocumentPath, null);
            }

            configuration = parsed.Configuration;
        }

        var selection = new WorkItemSelection(configuration);
        var workItems = inputs.WorkItems.Where(selection.Selects).ToList();
        foreach (var workItem in workItems)
        {
            byDocumentPath[workItem.DocumentPath] = workItem;
        }

        var layers = SeverityLayers.Create(configuration, workItems, compilationOptions, cancellationToken);
        foreach (var problem in layers.Problems)
        {
            unlocated.Add(new ReportedDiagnostic(EngineDiagnostics.Create(EngineDiagnostics.InvalidConfiguration, null, problem), Location.None, DiagnosticSeverity.Error));
        }

        // Each file in the format the formats: globs of .tamer.yml give it (by its path relative to the
        // configuration's folder), or the one its path says.
        // The invariants registry's and the rejected-designs log's files are read as such, not as Work Items.
        var documents = workItems.Select(w => WorkItemParser.Parse(w.DocumentPath, w.Text.ToString(), null, configuration.FindFormat(selection.PathForFormat(w)))).ToList();
        var workspace = new WorkItemWorkspace(documents);
        var result = AnalyzerEngine.Instance.Lint(workspace, new LintOptions { Configuration = layers.EngineConfiguration, CancellationToken = cancellationToken });
        Place(result.RunDiagnostics.Concat(result.Files.SelectMany(f => f.Diagnostics)), layers, byDocumentPath, byFile, unlocated);
        var linted = new LintedWorkspace(workspace, result, layers, path => byDocumentPath.TryGetValue(path, out var input) ? input : null);
        return new ProjectLint(inputs, byFile, unlocated, byDocumentPath, linted);
    }

    /// <summary>The diagnostics located in the AdditionalFile at <paramref name="path"/>.</summary>
    public IReadOnlyList<ReportedDiagnostic> For(string path) =>
        _byFile.TryGetValue(path, out var found) ? found : (IReadOnlyList<ReportedDiagnostic>)Array.Empty<ReportedDiagnostic>();

    /// <summary>The linted Work Item whose AdditionalFile is at <paramref name="path"/> (as Roslyn knows it), or null.</summary>
    public AdditionalInput? WorkItemAt(string path) =>
        Linted is null ? null : _byDocumentPath.Values.FirstOrDefault(i => i.Role != AdditionalFileRole.Configuration && string.Equals(i.Path, path, StringComparison.Ordinal));

    private static void Place(IEnumerable<EngineDiagnostic> diagnostics, SeverityLayers layers, Dictionary<string, AdditionalInput> byDocumentPath, Dictionary<string, List<ReportedDiagnostic>> byFile, List<ReportedDiagnostic> unlocated)
    {
        foreach (var diagnostic in diagnostics)
        {
            var file = diagnostic.Location is { } location && byDocumentPath.TryGetValue(location.Path, out var input) ? input : null;
            if (layers.Resolve(file, diagnostic) is not { } severity)
            {
                continue;
            }

            if (file is null)
            {
                unlocated.Add(new ReportedDiagnostic(diagnostic, Location.None, severity));
                continue;
            }

            if (!byFile.TryGetValue(file.Path, out var list))
            {
                list = new List<ReportedDiagnostic>();
                byFile.Add(file.Path, list);
            }

            list.Add(new ReportedDiagnostic(diagnostic, RoslynDiagnostics.InFile(file.Path, diagnostic.Location!), severity));
        }
    }
}
