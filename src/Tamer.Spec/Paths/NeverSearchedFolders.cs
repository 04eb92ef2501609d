using System;
using System.Collections.Generic;
using System.Linq;

namespace Tamer.Spec.Paths;

/// <summary>
/// The folders no host searches for Work Items: hidden ones (<c>.git</c>, <c>.vs</c>, …), build
/// output (<c>bin</c>, <c>obj</c>) and dependencies (<c>node_modules</c>), which hold copies. The
/// one list every host uses: the command line's and the host's folder walk, the analyzer's
/// selection of AdditionalFiles and the MSBuild task's globs.
/// </summary>
public static class NeverSearchedFolders
{
    /// <summary>The folder names left out wherever they are, besides every hidden one.</summary>
    public static IReadOnlyList<string> Names { get; } = new[] { "bin", "obj", "node_modules" };

    /// <summary>The same as MSBuild exclude globs relative to a project: <c>**/bin/**</c>, …, and <c>**/.*/**</c> for hidden folders.</summary>
    public static IReadOnlyList<string> Globs { get; } = Names.Select(n => "**/" + n + "/**").Append("**/.*/**").ToArray();

    /// <summary>True when a folder of this name is never searched.</summary>
    public static bool Contains(string folderName) =>
        folderName is not null && (folderName.StartsWith(".", StringComparison.Ordinal) || Names.Contains(folderName, StringComparer.Ordinal));
}
