using System;
using System.Collections.Generic;
using System.Linq;
using Tamer.Spec.Repository;

namespace Tamer.Spec.CSharpClaims;

/// <summary>
/// The C# files of a project or of every project below a folder: build output, dependencies and
/// hidden folders left out, each real file once (links back into the walk, and links that leave
/// the repository, are not followed; see <see cref="FolderWalk"/>).
/// </summary>
internal static class CSharpSources
{
    public static IReadOnlyList<string> Below(string folder, string? repositoryRoot)
    {
        var walk = new FolderWalk(repositoryRoot ?? folder, followLinksOutside: false, FolderWalk.IsSearched);
        return walk.Files(folder)
            .Select(f => f.Path)
            .Where(p => p.EndsWith(".cs", StringComparison.Ordinal))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();
    }
}
