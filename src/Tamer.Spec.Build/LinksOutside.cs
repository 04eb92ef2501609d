#if NET
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.Build.Framework;
using Tamer.Spec.Configuration;
using Tamer.Spec.Diagnostics;
using Tamer.Spec.Engine;
using Tamer.Spec.Repository;

namespace Tamer.Spec.Build;

/// <summary>
/// MSBuild's globs follow symbolic links (cycles they cut themselves). A Work Item that a glob
/// reached through a link whose target lies outside the repository is left out, and the link is
/// reported once (TMR9004), as the command line does, unless <c>follow_links_outside: true</c>.
/// The repository is the folder holding <c>.git</c> above the configuration's folder (else that
/// folder). Visual Studio's .NET Framework MSBuild has no API to read a link, so there the items
/// stay as MSBuild found them.
/// </summary>
internal static class LinksOutside
{
    /// <summary>The items to lint, and the TMR9004 of each link that led outside.</summary>
    public static (IReadOnlyList<ITaskItem> Kept, IReadOnlyList<Diagnostic> Reports) Filter(IReadOnlyList<ITaskItem> items, string rootDirectory, TamerConfiguration configuration)
    {
        if (configuration.FollowLinksOutside)
        {
            return (items, []);
        }

        var boundary = RepositoryRoot.Find(rootDirectory) ?? Path.GetFullPath(rootDirectory);
        var realBoundary = RealPaths.Of(boundary) ?? boundary;
        var kept = new List<ITaskItem>();
        var links = new SortedDictionary<string, string>(RealPaths.Comparer);
        foreach (var item in items)
        {
            var path = item.GetMetadata("FullPath");
            if (!RealPaths.IsSameOrInside(path, boundary) || LinkLeaving(path, boundary, realBoundary) is not { } link)
            {
                kept.Add(item);
                continue;
            }

            links.TryAdd(link.Path, link.Target);
        }

        var descriptor = EngineDiagnostics.LinkOutsideRepository;
        var severity = configuration.FindSeverity(descriptor.Id)?.Severity ?? descriptor.DefaultSeverity;
        var reports = severity == DiagnosticSeverity.None
            ? []
            : links.Select(l => new Diagnostic(descriptor, severity, descriptor.FormatMessage(Path.GetRelativePath(boundary, l.Key).Replace('\\', '/'), l.Value), null, EngineDiagnostics.Rule)).ToList();
        return (kept, reports);
    }

    // The first folder on the way from the boundary down to the file whose real path leaves the repository.
    private static (string Path, string Target)? LinkLeaving(string path, string boundary, string realBoundary)
    {
        var relative = Path.GetRelativePath(boundary, path).Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        var current = boundary;
        foreach (var segment in relative)
        {
            current = Path.Combine(current, segment);
            if (new FileInfo(current).LinkTarget is not null && RealPaths.Of(current) is { } target && !RealPaths.IsSameOrInside(target, realBoundary))
            {
                return (current, target);
            }
        }

        return null;
    }
}
#endif
