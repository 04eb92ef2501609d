using System;
using System.Collections.Generic;
using System.Linq;
using Tamer.Spec.Configuration;
using Tamer.Spec.Paths;

namespace Tamer.Spec.Analyzers;

/// <summary>
/// Which candidates are Work Items, exactly as the command line would choose them: a file the
/// configuration's <c>include</c> names and its <c>exclude</c> does not, relative to the root.
/// A file declared a Work Item is kept unless excluded. Without a known root, a candidate is
/// tried from each of its folders (<c>…/work-items/a.md</c> matches <c>work-items/**/*.md</c>).
/// </summary>
internal sealed class WorkItemSelection
{
    private readonly IReadOnlyList<PathPattern> _include;
    private readonly IReadOnlyList<PathPattern> _exclude;
    private readonly TamerConfiguration _configuration;

    public WorkItemSelection(TamerConfiguration configuration)
    {
        _configuration = configuration;
        _include = configuration.Include.Select(PathPattern.Parse).Where(p => p.IsValid).ToList();
        _exclude = configuration.Exclude.Select(PathPattern.Parse).Where(p => p.IsValid).ToList();
    }

    public bool Selects(AdditionalInput input)
    {
        if (input.RelativePath is { } relative)
        {
            if (_exclude.Any(p => p.Matches(relative)))
            {
                return false;
            }

            return input.Role == AdditionalFileRole.WorkItem || (Searched(relative) && Included(relative));
        }

        return input.Role == AdditionalFileRole.WorkItem || Tails(ProjectPaths.Normalize(input.Path)).Any(t => Searched(t) && Included(t) && !_exclude.Any(p => p.Matches(t)));
    }

    /// <summary>
    /// The path the configuration's globs know the input by: its path relative to the root, or,
    /// without a known root, the first tail of its path that the invariants registry's or the
    /// rejected-designs log's globs match (null when none does).
    /// </summary>
    public string? PathForFormat(AdditionalInput input) =>
        input.RelativePath ?? Tails(ProjectPaths.Normalize(input.Path)).FirstOrDefault(_configuration.IsMemoryFile);

    // The configuration's include globs, and the invariants registry's and the rejected-designs log's.
    private bool Included(string relative) =>
        _include.Any(p => p.Matches(relative) && (p.IsGlob || relative.EndsWith(".md", StringComparison.OrdinalIgnoreCase))) || _configuration.IsMemoryFile(relative);

    // Build output, dependencies and hidden folders hold copies, never the Work Items themselves.
    private static bool Searched(string relative)
    {
        var segments = relative.Split('/');
        for (var i = 0; i < segments.Length - 1; i++)
        {
            if (NeverSearchedFolders.Contains(segments[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static IEnumerable<string> Tails(string path)
    {
        var segments = path.Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < segments.Length; i++)
        {
            yield return string.Join("/", segments, i, segments.Length - i);
        }
    }
}
