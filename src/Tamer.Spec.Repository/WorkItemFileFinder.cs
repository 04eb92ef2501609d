using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Tamer.Spec.Paths;

namespace Tamer.Spec.Repository;

/// <summary>
/// Finds Work Item files: those the configuration's <c>include</c> globs name (relative to the
/// configuration's folder), or every <c>*.md</c> under a folder given on the command line; files
/// that an <c>exclude</c> glob names are left out. The walk does not enter hidden folders
/// (<c>.git</c>, …) nor <c>bin</c>, <c>obj</c> and <c>node_modules</c>, unless a glob names them literally.
/// </summary>
public sealed class WorkItemFileFinder
{
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.Ordinal) { "bin", "obj", "node_modules" };

    private readonly string _root;
    private readonly IReadOnlyList<PathPattern> _include;
    private readonly IReadOnlyList<PathPattern> _exclude;

    public WorkItemFileFinder(string root, IEnumerable<string> include, IEnumerable<string> exclude)
    {
        _root = Path.GetFullPath(root);
        _include = include.Select(PathPattern.Parse).Where(p => p.IsValid).ToList();
        _exclude = exclude.Select(PathPattern.Parse).Where(p => p.IsValid).ToList();
    }

    /// <summary>Every file an include glob names and no exclude glob does, sorted.</summary>
    public IReadOnlyList<string> FindIncluded()
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var pattern in _include)
        {
            var prefix = Path.Combine(new[] { _root }.Concat(pattern.Segments.Take(pattern.LiteralSegmentCount)).ToArray());
            if (!pattern.IsGlob && !pattern.IsFolder && File.Exists(prefix))
            {
                AddUnlessExcluded(found, prefix);
                continue;
            }

            if (!Directory.Exists(prefix))
            {
                continue;
            }

            foreach (var file in Walk(prefix))
            {
                var relative = Relative(file);
                if (pattern.IsGlob ? pattern.Matches(relative) : IsMarkdown(file))
                {
                    AddUnlessExcluded(found, file);
                }
            }
        }

        return found.ToList();
    }

    /// <summary>Every <c>*.md</c> file under <paramref name="folder"/> that no exclude glob names, sorted.</summary>
    public IReadOnlyList<string> FindInFolder(string folder)
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in Walk(folder))
        {
            if (IsMarkdown(file))
            {
                AddUnlessExcluded(found, file);
            }
        }

        return found.ToList();
    }

    /// <summary>True when an exclude glob names the file (only files under the root can be excluded).</summary>
    public bool IsExcluded(string fullPath)
    {
        var relative = Relative(fullPath);
        return !relative.StartsWith("../", StringComparison.Ordinal) && _exclude.Any(p => p.Matches(relative));
    }

    private void AddUnlessExcluded(SortedSet<string> found, string file)
    {
        if (!IsExcluded(file))
        {
            found.Add(file);
        }
    }

    private string Relative(string fullPath) => Path.GetRelativePath(_root, fullPath).Replace('\\', '/');

    private static bool IsMarkdown(string file) => file.EndsWith(".md", StringComparison.OrdinalIgnoreCase);

    private static IEnumerable<string> Walk(string start)
    {
        var pending = new Stack<string>();
        pending.Push(start);
        while (pending.Count > 0)
        {
            var directory = pending.Pop();
            string[] files;
            string[] folders;
            try
            {
                files = Directory.GetFiles(directory);
                folders = Directory.GetDirectories(directory);
            }
            catch (Exception exception) when (exception is UnauthorizedAccessException or IOException)
            {
                continue;
            }

            foreach (var file in files)
            {
                yield return file;
            }

            foreach (var folder in folders)
            {
                var name = Path.GetFileName(folder);
                if (!name.StartsWith(".", StringComparison.Ordinal) && !SkippedFolders.Contains(name))
                {
                    pending.Push(folder);
                }
            }
        }
    }
}
