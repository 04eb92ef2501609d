using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Tamer.Spec.LanguageServer;

/// <summary>
/// The folders the client opened, each a workspace opened on first use. A document belongs to the
/// innermost folder that holds it; a document outside every folder gets a workspace of its own
/// folder, so that it is still linted as the command line would lint it from there.
/// </summary>
internal sealed class WorkspaceFolders
{
    private readonly Func<string, bool, IWorkItemWorkspace> _open;
    private readonly object _gate = new();
    private readonly List<string> _roots = [];
    private readonly Dictionary<string, IWorkItemWorkspace> _opened = new(StringComparer.Ordinal);

    /// <param name="open">Opens the workspace of a folder; the flag says whether the client tells of every change on disk.</param>
    public WorkspaceFolders(Func<string, bool, IWorkItemWorkspace> open)
    {
        _open = open;
    }

    /// <summary>True once the client watches the files and tells of changes: workspaces may then keep what they read.</summary>
    public bool ClientWatchesFiles { get; set; }

    public void Add(string root)
    {
        lock (_gate)
        {
            var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
            if (!_roots.Contains(full, StringComparer.Ordinal))
            {
                _roots.Add(full);
            }
        }
    }

    public void Remove(string root)
    {
        lock (_gate)
        {
            var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
            _roots.Remove(full);
            _opened.Remove(full);
        }
    }

    /// <summary>The workspace <paramref name="fullPath"/> belongs to.</summary>
    public IWorkItemWorkspace For(string fullPath)
    {
        lock (_gate)
        {
            var root = _roots.Where(r => Contains(r, fullPath)).OrderByDescending(r => r.Length).FirstOrDefault()
                ?? Path.GetDirectoryName(fullPath)
                ?? Path.GetPathRoot(fullPath)!;
            if (!_opened.TryGetValue(root, out var workspace))
            {
                workspace = _open(root, ClientWatchesFiles);
                _opened[root] = workspace;
            }

            return workspace;
        }
    }

    /// <summary>Something changed on disk: every workspace reads what it kept again.</summary>
    public void Changed()
    {
        lock (_gate)
        {
            foreach (var workspace in _opened.Values)
            {
                workspace.Changed();
            }
        }
    }

    private static bool Contains(string root, string fullPath)
    {
        var prefix = root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar;
        return fullPath.StartsWith(prefix, StringComparison.Ordinal);
    }
}
