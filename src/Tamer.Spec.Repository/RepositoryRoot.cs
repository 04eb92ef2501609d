using System.IO;

namespace Tamer.Spec.Repository;

/// <summary>Finds the repository a folder belongs to: the nearest folder upward that holds <c>.git</c> (a folder or a worktree file).</summary>
public static class RepositoryRoot
{
    public static string? Find(string directory)
    {
        for (var current = new DirectoryInfo(directory); current is not null; current = current.Parent)
        {
            var git = Path.Combine(current.FullName, ".git");
            if (Directory.Exists(git) || File.Exists(git))
            {
                return current.FullName;
            }
        }

        return null;
    }
}
