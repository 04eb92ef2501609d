using System.IO;

namespace Tamer.Spec.Repository;

/// <summary>
/// Finds <c>.tamer.yml</c> (or <c>.tamer.yaml</c>): from the linted folder upward, stopping at the
/// repository root (or at the file system root outside a repository).
/// </summary>
public static class ConfigurationLocator
{
    private static readonly string[] FileNames = { ".tamer.yml", ".tamer.yaml" };

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
        string.Equals(Path.TrimEndingDirectorySeparator(left), Path.TrimEndingDirectorySeparator(right), System.StringComparison.Ordinal);
}
