using Tamer.Spec.Paths;

namespace Tamer.Spec.Rules.Scope;

/// <summary>How much of the tree one write path opens.</summary>
internal enum ScopeBreadth
{
    /// <summary>One file.</summary>
    File,

    /// <summary>A folder below the top level (<c>src/api/</c>).</summary>
    Folder,

    /// <summary>A glob that is not the whole tree nor a whole top-level folder (<c>src/api/**</c>, <c>docs/*.md</c>).</summary>
    Glob,

    /// <summary>A whole top-level folder (<c>src/</c>, <c>src/**</c>, <c>src/*</c>).</summary>
    TopLevelFolder,

    /// <summary>The whole repository (<c>/</c>, <c>.</c>, <c>*</c>, <c>**</c>, <c>**/*.ts</c>).</summary>
    WholeRepository,
}

/// <summary>Classifies write paths by breadth.</summary>
internal static class ScopeBreadthClassifier
{
    private const string AnySegments = "**";

    public static ScopeBreadth Classify(PathPattern path)
    {
        var segments = path.Segments;
        if (path.MatchesEverything || (segments.Count > 0 && segments[0] == AnySegments) || (segments.Count == 1 && segments[0] == "*"))
        {
            return ScopeBreadth.WholeRepository;
        }

        if (path.LiteralSegmentCount == 1 && (path.IsFolder || (segments.Count == 2 && segments[1] is AnySegments or "*") || (segments.Count > 1 && segments[1] == AnySegments)))
        {
            return ScopeBreadth.TopLevelFolder;
        }

        if (path.IsFolder)
        {
            return ScopeBreadth.Folder;
        }

        return path.IsGlob ? ScopeBreadth.Glob : ScopeBreadth.File;
    }
}
