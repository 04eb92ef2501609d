using System;
using System.IO;
using Tamer.Spec.Rules;

namespace Tamer.Spec.Repository;

/// <summary>The repository's files as the disk has them, for rules that compare scope paths with the tree (TMR1009).</summary>
public sealed class FileSystemRepositoryView : IRepositoryView
{
    private readonly string _root;

    public FileSystemRepositoryView(string root)
    {
        _root = Path.GetFullPath(root);
    }

    public bool FileExists(string relativePath) => File.Exists(Resolve(relativePath));

    public bool DirectoryExists(string relativePath) => Directory.Exists(Resolve(relativePath));

    // Scope paths never leave the repository (TMR1008 reports those that try); a path that would is absent.
    private string Resolve(string relativePath)
    {
        var full = Path.GetFullPath(Path.Combine(_root, relativePath.Replace('/', Path.DirectorySeparatorChar)));
        return full.StartsWith(_root, StringComparison.Ordinal) ? full : Path.Combine(_root, "\0outside");
    }
}
