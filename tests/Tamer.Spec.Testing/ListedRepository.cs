using System;
using System.Collections.Generic;
using System.Linq;
using Tamer.Spec.Rules;

namespace Tamer.Spec.Testing;

/// <summary>A repository view made of a list of file paths (folders are every prefix of them).</summary>
public sealed class ListedRepository : IRepositoryView
{
    private readonly HashSet<string> _files;
    private readonly HashSet<string> _folders = new(StringComparer.Ordinal);

    public ListedRepository(IEnumerable<string> files)
    {
        _files = new HashSet<string>(files.Select(f => f.Trim()).Where(f => f.Length > 0 && !f.StartsWith("#", StringComparison.Ordinal)), StringComparer.Ordinal);
        foreach (var file in _files)
        {
            var parts = file.Split('/');
            for (var i = 1; i < parts.Length; i++)
            {
                _folders.Add(string.Join("/", parts.Take(i)));
            }
        }
    }

    public bool FileExists(string relativePath) => _files.Contains(relativePath.TrimEnd('/'));

    public bool DirectoryExists(string relativePath) => _folders.Contains(relativePath.TrimEnd('/'));
}
