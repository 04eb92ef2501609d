using System.Collections.Generic;
using Tamer.Spec.Paths;

namespace Tamer.Spec.Rules.Scope;

/// <summary>How much of the tree one write path opens.</summary>
internal enum ScopeBreadth
{
    /// <summary>One file.</summary>
    File,

    /// <summary>A folder below the top level (<c>src/api/</c>, or <c>src/api</c>, which may be one).</summary>
    Folder,

    /// <summary>A glob that is not the whole tree nor a whole top-level folder (<c>src/api/**</c>, <c>docs/*.md</c>).</summary>
    Glob,

    /// <summary>A whole top-level folder (<c>src/</c>, <c>src</c>, <c>src/**</c>, <c>src/*</c>, <c>src*/**</c>).</summary>
    TopLevelFolder,

    /// <summary>The whole repository (<c>/</c>, <c>.</c>, <c>*</c>, <c>**</c>, <c>**/*.ts</c>).</summary>
    WholeRepository,
}

/// <summary>
/// Classifies write paths by breadth: how deep the path is where it stops naming one thing.
/// Leading segments count until the first <c>**</c> or, for a folder, the end; a <c>*</c> that
/// matches every name right before that point does not count (<c>src/*/**</c> is all of
/// <c>src/</c>). Zero such segments is the whole repository, one a whole top-level folder.
/// </summary>
internal static class ScopeBreadthClassifier
{
    private const string AnySegments = "**";

    public static ScopeBreadth Classify(PathPattern path)
    {
        var segments = path.Segments;
        var anySegments = IndexOfAnySegments(segments);
        var openEnded = anySegments >= 0 || path.MayNameFolder;
        var bounded = anySegments >= 0 ? anySegments : segments.Count;

        // A trailing '*' matches every name at its level: 'src/*' and 'src/*/' open all of 'src/'.
        while (bounded > 0 && segments[bounded - 1] == "*")
        {
            bounded--;
            openEnded = true;
        }

        if (bounded == 0)
        {
            return ScopeBreadth.WholeRepository;
        }

        if (openEnded)
        {
            if (bounded == 1)
            {
                return ScopeBreadth.TopLevelFolder;
            }

            return path.IsGlob ? ScopeBreadth.Glob : ScopeBreadth.Folder;
        }

        return path.IsGlob ? ScopeBreadth.Glob : ScopeBreadth.File;
    }

    private static int IndexOfAnySegments(IReadOnlyList<string> segments)
    {
        for (var i = 0; i < segments.Count; i++)
        {
            if (segments[i] == AnySegments)
            {
                return i;
            }
        }

        return -1;
    }
}
