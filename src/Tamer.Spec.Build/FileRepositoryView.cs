using System;
using System.IO;
using Tamer.Spec.Rules;

namespace Tamer.Spec.Build;

/// <summary>The repository's files, for the rules that compare a Work Item with the tree (TMR1009).</summary>
internal sealed class FileRepositoryView : IRepositoryView
{
    private readonly string _root;

    public FileRepositoryView(string root)
    {
        _root = Path.GetFullPath(root);
    }

    public bool FileExists(string relativePath) => Inside(relativePath) is { } path && File.Exists(path);

    public bool DirectoryExists(string relativePath) => Inside(relativePath) is { } path && Directory.Exists(path);

    // A path that would leave the repository is simply absent.
    private string? Inside(string relativePath)
    {
        var full = Path.GetFullPath(Path.Combine(_root, relativePath.Replace('/', Path.DirectorySeparatorChar)));
        return full.StartsWith(_root, StringComparison.Ordinal) ? full : null;
    }
}
