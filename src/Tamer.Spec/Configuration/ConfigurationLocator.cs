using System.IO;

namespace Tamer.Spec.Configuration;

/// <summary>
/// Finds <c>.tamer.yml</c> (or <c>.tamer.yaml</c>): from the linted folder upward, stopping at the
/// repository root (or at the file system root outside a repository).
/// </summary>
public static class ConfigurationLocator
{
    private static readonly string[] FileNames = { ".tamer.yml", ".tamer.yaml" };

    /// <summary>The configuration file nearest to <paramref name="startDirectory"/>, or null.</summary>
    public static string? Find(string startDirectory, string? repositoryRoot)
    {
        for (var current = new DirectoryInfo(startDirectory); current is not null; current = current.Parent)
        {
            foreach (var name in FileNames)
            {
                var candidate = Path.Combine(current.FullName, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }

            if (repositoryRoot is not null && PathsEqual(current.FullName, repositoryRoot))
            {
                return null;
            }
        }

        return null;
    }

    private static bool PathsEqual(string left, string right) =>
        string.Equals(TrimEnd(left), TrimEnd(right), System.StringComparison.Ordinal);

    private static string TrimEnd(string path) =>
        path.Length > 1 ? path.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar) : path;
}
