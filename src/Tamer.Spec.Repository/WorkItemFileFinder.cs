using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Tamer.Spec.Configuration;
using Tamer.Spec.Paths;

namespace Tamer.Spec.Repository;

/// <summary>
/// Finds Work Item files: those the configuration's <c>include</c> globs name (relative to the
/// configuration's folder), or every <c>*.md</c> under a folder given on the command line; files
/// that an <c>exclude</c> glob names are left out. The walk does not enter hidden folders
/// (<c>.git</c>, …) nor <c>bin</c>, <c>obj</c> and <c>node_modules</c>, unless a glob names them literally.
/// Each real file is found once, however many symbolic links lead to it, at a path without a link
/// when it has one; links back into the walk are not followed, nor are links that leave the
/// repository unless the configuration says <c>follow_links_outside: true</c> (see
/// <see cref="FolderWalk"/>). The links left out that way are in <see cref="LinksOutside"/>.
/// </summary>
public sealed class WorkItemFileFinder
{
    private readonly Dictionary<string, (long Length, long ModifiedTicks)> _seen = new(StringComparer.Ordinal);
    private readonly string _root;
    private readonly IReadOnlyList<PathPattern> _include;
    private readonly IReadOnlyList<PathPattern> _exclude;
    private readonly IReadOnlyList<PathPattern> _memory;
    private readonly TamerConfiguration? _configuration;
    private readonly FolderWalk _walk;

    /// <summary>A finder whose links may not leave <paramref name="root"/>.</summary>
    public WorkItemFileFinder(string root, IEnumerable<string> include, IEnumerable<string> exclude)
        : this(root, include, exclude, repositoryRoot: null, followLinksOutside: false)
    {
    }

    /// <summary>A finder for a configuration: its globs, relative to <paramref name="root"/>, and its <c>follow_links_outside</c>.</summary>
    /// <param name="root">The folder the globs are relative to (the configuration's).</param>
    /// <param name="configuration">The configuration.</param>
    /// <param name="repositoryRoot">The repository root links may not leave; null outside a repository (then <paramref name="root"/>).</param>
    public WorkItemFileFinder(string root, TamerConfiguration configuration, string? repositoryRoot)
        : this(root, (configuration ?? throw new ArgumentNullException(nameof(configuration))).Include, configuration.Exclude, repositoryRoot, configuration.FollowLinksOutside)
    {
        _memory = configuration.InvariantsRegistry.Concat(configuration.RejectedDesignsLog).Select(PathPattern.Parse).Where(p => p.IsValid).ToList();
        _configuration = configuration;
    }

    private WorkItemFileFinder(string root, IEnumerable<string> include, IEnumerable<string> exclude, string? repositoryRoot, bool followLinksOutside)
    {
        _root = Path.GetFullPath(root);
        _include = include.Select(PathPattern.Parse).Where(p => p.IsValid).ToList();
        _exclude = exclude.Select(PathPattern.Parse).Where(p => p.IsValid).ToList();
        _memory = Array.Empty<PathPattern>();
        _walk = new FolderWalk(repositoryRoot ?? _root, followLinksOutside, FolderWalk.IsSearched, IsExcludedAsAWhole);
    }

    /// <summary>The links met so far that lead outside the repository and were not followed (each once, sorted).</summary>
    public IReadOnlyList<LinkOutside> LinksOutside => _walk.LinksOutside;

    /// <summary>Every file an include glob names and no exclude glob does, sorted.</summary>
    public IReadOnlyList<string> FindIncluded() => Find(_include);

    /// <summary>
    /// Every file of the invariants registry and the rejected-designs log (the configuration's
    /// <c>invariants_registry</c> and <c>rejected_designs_log</c> globs) that no exclude glob names, sorted;
    /// a file the configuration reads otherwise (a <c>formats:</c> entry, or a Work Item the include
    /// globs select in a default folder) is not among them.
    /// </summary>
    public IReadOnlyList<string> FindMemoryFiles() =>
        Find(_memory).Where(f => _configuration is null || _configuration.IsMemoryFile(Relative(f))).ToList();

    /// <summary>
    /// The size and last write time (UTC ticks) the walk saw for a file it found at
    /// <paramref name="fullPath"/>, so that a host need not ask the file system again; false when the
    /// walk did not read them (a file reached through a link, or named directly).
    /// </summary>
    public bool TryGetSeen(string fullPath, out long length, out long modifiedTicks)
    {
        if (_seen.TryGetValue(fullPath, out var seen))
        {
            (length, modifiedTicks) = seen;
            return true;
        }

        (length, modifiedTicks) = (0, 0);
        return false;
    }

    private IReadOnlyList<string> Find(IReadOnlyList<PathPattern> patterns)
    {
        var found = new FoundFiles();
        foreach (var pattern in patterns)
        {
            var prefix = Path.Combine(new[] { _root }.Concat(pattern.Segments.Take(pattern.LiteralSegmentCount)).ToArray());
            if (!pattern.IsGlob && !pattern.IsFolder && File.Exists(prefix))
            {
                AddUnlessExcluded(found, new WalkedFile(prefix, RealPaths.Of(prefix) ?? prefix, ThroughLink: false));
                continue;
            }

            if (!Directory.Exists(prefix))
            {
                continue;
            }

            foreach (var file in _walk.Files(prefix))
            {
                var relative = Relative(file.Path);
                if (pattern.IsGlob ? pattern.Matches(relative) : IsMarkdown(file.Path))
                {
                    AddUnlessExcluded(found, file);
                }
            }
        }

        Remember(found);
        return found.Paths();
    }

    /// <summary>Every <c>*.md</c> file under <paramref name="folder"/> that no exclude glob names, sorted.</summary>
    public IReadOnlyList<string> FindInFolder(string folder)
    {
        var found = new FoundFiles();
        foreach (var file in _walk.Files(folder))
        {
            if (IsMarkdown(file.Path))
            {
                AddUnlessExcluded(found, file);
            }
        }

        Remember(found);
        return found.Paths();
    }

    /// <summary>True when an exclude glob names the file (only files under the root can be excluded).</summary>
    public bool IsExcluded(string fullPath)
    {
        var relative = Relative(fullPath);
        return !relative.StartsWith("../", StringComparison.Ordinal) && _exclude.Any(p => p.Matches(relative));
    }

    private void Remember(FoundFiles found)
    {
        foreach (var file in found.Files)
        {
            if (file.Seen is { } seen)
            {
                _seen[file.Path] = seen;
            }
        }
    }

    private void AddUnlessExcluded(FoundFiles found, WalkedFile file)
    {
        if (!IsExcluded(file.Path))
        {
            found.Add(file);
        }
    }

    private string Relative(string fullPath) => Path.GetRelativePath(_root, fullPath).Replace('\\', '/');

    private static bool IsMarkdown(string file) => file.EndsWith(".md", StringComparison.OrdinalIgnoreCase);

    // A link whose whole tree an exclude glob names is neither followed nor reported.
    private bool IsExcludedAsAWhole(string linkPath)
    {
        var relative = Relative(linkPath);
        if (relative.StartsWith("../", StringComparison.Ordinal))
        {
            return false;
        }

        var folder = PathPattern.Parse(relative + "/");
        return _exclude.Any(p => p.Matches(relative) || (folder.IsValid && p.Covers(folder)));
    }
}
