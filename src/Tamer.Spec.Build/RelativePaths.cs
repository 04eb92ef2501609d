using System;
using System.IO;

namespace Tamer.Spec.Build;

/// <summary>Relative paths between folders, on every runtime MSBuild runs on (netstandard2.0 has no Path.GetRelativePath).</summary>
internal static class RelativePaths
{
    /// <summary>The path of <paramref name="to"/> seen from the folder <paramref name="from"/>, with '/'; empty when they are the same.</summary>
    public static string Between(string from, string to)
    {
        var fromUri = new Uri(WithSeparator(Path.GetFullPath(from)));
        var toUri = new Uri(WithSeparator(Path.GetFullPath(to)));
        if (!string.Equals(fromUri.Scheme, toUri.Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return Path.GetFullPath(to).Replace('\\', '/');
        }

        var relative = Uri.UnescapeDataString(fromUri.MakeRelativeUri(toUri).ToString());
        return relative.TrimEnd('/');
    }

    private static string WithSeparator(string folder) =>
        folder.EndsWith(Path.DirectorySeparatorChar.ToString(), StringComparison.Ordinal) ? folder : folder + Path.DirectorySeparatorChar;
}
