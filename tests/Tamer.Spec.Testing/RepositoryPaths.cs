using System;
using System.IO;

namespace Tamer.Spec.Testing;

/// <summary>Where the repository and the shared design folder are, found from the test's output folder.</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    /// <summary>The repository root (the folder holding Tamer.Spec.sln).</summary>
    public static string Root => RootPath.Value;

    /// <summary>The shared folder beside the repository (design notes, examples, eval set).</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    /// <summary>A path inside the repository.</summary>
    public static string InRepository(params string[] parts) => Path.Combine(Root, Path.Combine(parts));

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Tamer.Spec.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Tamer.Spec.sln was not found above " + AppContext.BaseDirectory);
    }
}
