using System;
using System.Collections.Generic;
using System.Linq;
using Tamer.Spec.Configuration;
using Tamer.Spec.Paths;

namespace Tamer.Spec.Repository.History;

/// <summary>
/// Picks the Work Item files of a commit's tree as <see cref="WorkItemFileFinder"/> picks them on
/// disk: the files an <c>include</c> glob names (a literal folder: its <c>*.md</c> files) and no
/// <c>exclude</c> glob does, relative to the configuration's folder; hidden, build and dependency
/// folders are not entered unless a glob names them literally.
/// </summary>
public sealed class TreeWorkItemFilter
{
    private readonly string _prefix;
    private readonly IReadOnlyList<PathPattern> _include;
    private readonly IReadOnlyList<PathPattern> _exclude;

    /// <param name="configurationFolder">The configuration's folder, relative to the top of the repository with '/' ("" for the top).</param>
    /// <param name="configuration">The configuration whose globs apply.</param>
    public TreeWorkItemFilter(string configurationFolder, TamerConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configurationFolder);
        ArgumentNullException.ThrowIfNull(configuration);
        _prefix = configurationFolder.Trim('/').Length == 0 ? string.Empty : configurationFolder.Trim('/') + "/";
        _include = configuration.Include.Select(PathPattern.Parse).Where(p => p.IsValid).ToList();
        _exclude = configuration.Exclude.Select(PathPattern.Parse).Where(p => p.IsValid).ToList();
    }

    /// <summary>The Work Item files among <paramref name="paths"/> (paths from the top of the repository), in the order given.</summary>
    public IReadOnlyList<string> Select(IEnumerable<string> paths) => paths.Where(IsWorkItem).ToList();

    private bool IsWorkItem(string path)
    {
        if (!path.StartsWith(_prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var relative = path[_prefix.Length..];
        return _include.Any(p => Includes(p, relative)) && !_exclude.Any(p => p.Matches(relative));
    }

    private static bool Includes(PathPattern pattern, string relative)
    {
        var literal = string.Join('/', pattern.Segments.Take(pattern.LiteralSegmentCount));
        if (!pattern.IsGlob && !pattern.IsFolder && string.Equals(relative, literal, StringComparison.Ordinal))
        {
            return true;
        }

        var below = literal.Length == 0 ? relative : relative.StartsWith(literal + "/", StringComparison.Ordinal) ? relative[(literal.Length + 1)..] : null;
        if (below is null)
        {
            return false;
        }

        // The folders below the literal part are walked, and a walk skips hidden, build and dependency folders.
        var folders = below.Split('/');
        for (var i = 0; i < folders.Length - 1; i++)
        {
            if (!FolderWalk.IsSearched(folders[i]))
            {
                return false;
            }
        }

        return pattern.IsGlob ? pattern.Matches(relative) : relative.EndsWith(".md", StringComparison.OrdinalIgnoreCase);
    }
}
