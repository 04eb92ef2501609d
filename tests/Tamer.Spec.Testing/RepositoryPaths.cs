using System;
using System.IO;

namespace Tamer.Spec.Testing;

/// <summary>Where the repository and the shared design folder are, found from the test's output folder.</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    /// <summary>The repository root (the folder holding Tamer.Spec.sln).</summary>
    public static string Root => RootPath.Value;

    /// <summary>
    /// This test project's copy of the shared folder (design notes, examples, the labelled
    /// criteria), taken from the folder named 'shared' beside the repository when the project was
    /// built. A test that reads it is skipped, saying which folder is missing, when there was none.
    /// </summary>
    public static string Shared
    {
        get
        {
            if (!HasShared)
            {
                Xunit.Assert.Skip("This test reads the shared examples, which are copied at build time from "
                    + Path.GetFullPath(Path.Combine(Root, "..", "shared")) + " (a folder named 'shared' beside the repository); it was missing when the tests were built.");
            }

            return SharedCopy;
        }
    }

    /// <summary>True when the shared folder was there at build time (its copy is in the test's output).</summary>
    public static bool HasShared => Directory.Exists(Path.Combine(SharedCopy, "examples"));

    private static string SharedCopy => Path.Combine(AppContext.BaseDirectory, "shared");

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
