using System;
using System.IO;

namespace Tamer.Spec.Testing;

/// <summary>Where the repository and the shared design folder are, found from the test's output folder.</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    /// <summary>The repository root (the folder holding Tamer.Spec.sln).</summary>
    public static string Root => RootPath.Value;

    private static readonly Lazy<string> SharedPath = new(FindShared);

    /// <summary>
    /// The shared folder beside the repository (design notes, examples, the labelled criteria).
    /// Tests that read it fail with this explanation when it is not there.
    /// </summary>
    public static string Shared => SharedPath.Value;

    /// <summary>A path inside the repository.</summary>
    public static string InRepository(params string[] parts) => Path.Combine(Root, Path.Combine(parts));

    private static string FindShared()
    {
        var shared = Path.GetFullPath(Path.Combine(Root, "..", "shared"));
        if (!Directory.Exists(Path.Combine(shared, "examples")))
        {
            throw new InvalidOperationException("These tests read the shared examples and labelled criteria, expected in " + shared + " (a folder named 'shared' beside the repository); it is not there.");
        }

        return shared;
    }

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
