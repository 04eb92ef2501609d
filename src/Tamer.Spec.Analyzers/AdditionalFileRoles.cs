using System;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Tamer.Spec.Analyzers;

/// <summary>
/// Tells Work Items and the configuration from other AdditionalFiles: by the <c>TamerKind</c>
/// metadata the package's targets set (<c>WorkItem</c>, <c>WorkItemCandidate</c>,
/// <c>Configuration</c>), or, without it, by name (<c>.tamer.yml</c>, Markdown).
/// </summary>
internal static class AdditionalFileRoles
{
    /// <summary>The metadata as the compiler hands it to analyzers.</summary>
    public const string KindKey = "build_metadata.AdditionalFiles.TamerKind";

    public static AdditionalFileRole Of(string path, AnalyzerConfigOptions options)
    {
        if (options.TryGetValue(KindKey, out var kind) && !string.IsNullOrWhiteSpace(kind))
        {
            return kind.Trim().ToUpperInvariant() switch
            {
                "WORKITEM" => AdditionalFileRole.WorkItem,
                "WORKITEMCANDIDATE" => AdditionalFileRole.Candidate,
                "CONFIGURATION" => AdditionalFileRole.Configuration,
                _ => AdditionalFileRole.Other,
            };
        }

        var name = ProjectPaths.FileName(path);
        if (string.Equals(name, ".tamer.yml", StringComparison.Ordinal) || string.Equals(name, ".tamer.yaml", StringComparison.Ordinal))
        {
            return AdditionalFileRole.Configuration;
        }

        return name.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? AdditionalFileRole.Candidate : AdditionalFileRole.Other;
    }
}
