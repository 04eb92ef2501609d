using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Tamer.Spec.Analyzers;

/// <summary>
/// What a project hands the analyzer: its Work Item candidates and configuration among the
/// AdditionalFiles, and the root folder that scope and configuration paths are relative to (the
/// configuration's folder, else the <c>TamerRootDirectory</c> the package's targets pass, else
/// the project's folder).
/// </summary>
internal sealed class ProjectInputs
{
    public const string RootKey = "build_property.TamerRootDirectory";
    public const string ProjectDirectoryKey = "build_property.ProjectDir";

    private ProjectInputs(IReadOnlyList<AdditionalInput> workItems, AdditionalInput? configuration, string? root, AnalyzerConfigOptions globalOptions)
    {
        WorkItems = workItems;
        Configuration = configuration;
        Root = root;
        GlobalOptions = globalOptions;
    }

    /// <summary>Work Items and candidates, one per path, in path order.</summary>
    public IReadOnlyList<AdditionalInput> WorkItems { get; }

    public AdditionalInput? Configuration { get; }

    /// <summary>The root folder with '/', or null when nothing tells it.</summary>
    public string? Root { get; }

    public AnalyzerConfigOptions GlobalOptions { get; }

    public static ProjectInputs From(AnalyzerOptions options, CancellationToken cancellationToken)
    {
        var provider = options.AnalyzerConfigOptionsProvider;
        var classified = options.AdditionalFiles
            .Select(file => (File: file, Options: provider.GetOptions(file)))
            .Select(f => (f.File, f.Options, Role: AdditionalFileRoles.Of(f.File.Path, f.Options)))
            .Where(f => f.Role != AdditionalFileRole.Other)
            .GroupBy(f => ProjectPaths.Normalize(f.File.Path), StringComparer.Ordinal)
            .Select(g => g.First())
            .OrderBy(f => ProjectPaths.Normalize(f.File.Path), StringComparer.Ordinal)
            .ToList();

        var configurationFile = classified.FirstOrDefault(f => f.Role == AdditionalFileRole.Configuration);
        var root = configurationFile.File is not null ? ProjectPaths.Folder(configurationFile.File.Path) : DeclaredRoot(provider.GlobalOptions);

        AdditionalInput? Read((Microsoft.CodeAnalysis.AdditionalText File, AnalyzerConfigOptions Options, AdditionalFileRole Role) f)
        {
            var text = f.File.GetText(cancellationToken);
            return text is null ? null : new AdditionalInput(f.File.Path, root is null ? null : ProjectPaths.RelativeTo(f.File.Path, root), text, f.Role, f.Options);
        }

        var workItems = classified.Where(f => f.Role is AdditionalFileRole.WorkItem or AdditionalFileRole.Candidate).Select(Read).Where(i => i is not null).Select(i => i!).ToList();
        var configuration = configurationFile.File is null ? null : Read(configurationFile);
        return new ProjectInputs(workItems, configuration, root is null ? null : ProjectPaths.Normalize(root).TrimEnd('/'), provider.GlobalOptions);
    }

    private static string? DeclaredRoot(AnalyzerConfigOptions global)
    {
        foreach (var key in new[] { RootKey, ProjectDirectoryKey })
        {
            if (global.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value))
            {
                return value.Trim();
            }
        }

        return null;
    }
}
