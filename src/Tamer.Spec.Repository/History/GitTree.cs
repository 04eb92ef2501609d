using System;
using System.Collections.Generic;
using System.Linq;

namespace Tamer.Spec.Repository.History;

/// <summary>
/// The files of one commit, as <c>git ls-tree -r</c> lists them: each path from the top of the
/// repository, with '/', and the id of its blob. Symbolic links and submodules are left out: a
/// Work Item is a regular file.
/// </summary>
public sealed class GitTree
{
    private readonly Dictionary<string, string> _blobs;
    private readonly HashSet<string> _folders;

    private GitTree(Dictionary<string, string> blobs)
    {
        _blobs = blobs;
        _folders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in blobs.Keys)
        {
            for (var slash = path.LastIndexOf('/'); slash > 0; slash = path.LastIndexOf('/', slash - 1))
            {
                if (!_folders.Add(path[..slash]))
                {
                    break;
                }
            }
        }

        Paths = blobs.Keys.Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>Every file's path, sorted.</summary>
    public IReadOnlyList<string> Paths { get; }

    /// <summary>The blob id of a file, or null when the commit has no such file.</summary>
    public string? BlobOf(string path) => _blobs.TryGetValue(path, out var blob) ? blob : null;

    /// <summary>True when the commit has a file at <paramref name="path"/>.</summary>
    public bool HasFile(string path) => _blobs.ContainsKey(path);

    /// <summary>True when the commit has a folder at <paramref name="path"/> (a path without a trailing '/').</summary>
    public bool HasFolder(string path) => path.Length == 0 || _folders.Contains(path);

    /// <summary>Reads the tree of <paramref name="commit"/>.</summary>
    public static GitTree Read(string topLevel, string commit)
    {
        var entries = GitChanges.Split(GitProcess.Run(topLevel, "ls-tree", "-c", "core.quotepath=off", "ls-tree", "-r", "-z", "--full-tree", commit));
        var blobs = new Dictionary<string, string>(entries.Count, StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            // "<mode> blob <id>\t<path>"
            var tab = entry.IndexOf('\t', StringComparison.Ordinal);
            if (tab < 0)
            {
                continue;
            }

            var header = entry.AsSpan(0, tab);
            if (!header.StartsWith("100") || !header.Contains(" blob ", StringComparison.Ordinal))
            {
                continue;
            }

            blobs[entry[(tab + 1)..]] = header[(header.LastIndexOf(' ') + 1)..].ToString();
        }

        return new GitTree(blobs);
    }
}
