using System;
using System.Collections.Generic;
using System.Linq;

namespace Tamer.Spec.Paths;

/// <summary>
/// A repository-relative path or glob as Work Items and <c>.tamer.yml</c> write them. Segments are
/// separated by <c>/</c>; <c>*</c> and <c>?</c> match inside one segment and <c>**</c> matches any
/// number of segments. A path that ends with <c>/</c> is a folder: it matches everything below it.
/// A plain path without wildcards matches itself; unless its last segment reads as a file name
/// (an extension, or a well-known file such as <c>Makefile</c>), it may name a folder and, like a
/// git pathspec, also matches everything below it.
/// </summary>
public sealed class PathPattern : IEquatable<PathPattern>
{
    private readonly string[] _segments;
    private string[]? _openEnded;

    private PathPattern(string text, string normalized, string[] segments, bool isFolder, PathPatternError error)
    {
        Text = text;
        Normalized = normalized;
        _segments = segments;
        IsFolder = isFolder;
        Error = error;
        var literal = 0;
        while (literal < segments.Length && !GlobSegment.HasWildcard(segments[literal]))
        {
            literal++;
        }

        LiteralSegmentCount = literal;
        IsGlob = literal < segments.Length;
        MayNameFolder = isFolder || (!IsGlob && (segments.Length == 0 || !FileNames.LooksLikeFile(segments[segments.Length - 1])));
    }

    /// <summary>The path as written.</summary>
    public string Text { get; }

    /// <summary>The path without a leading <c>./</c>, without <c>.</c> segments and without the trailing <c>/</c>.</summary>
    public string Normalized { get; }

    /// <summary>The segments of <see cref="Normalized"/> (none for the repository root).</summary>
    public IReadOnlyList<string> Segments => _segments;

    /// <summary>True when the path ends with <c>/</c> (or is <c>.</c> or <c>/</c>).</summary>
    public bool IsFolder { get; }

    /// <summary>
    /// True when the path ends with <c>/</c>, or is a plain path whose last segment does not read as
    /// a file name (<c>src/api</c>, not <c>src/api/routes.ts</c>): it then matches everything below it.
    /// </summary>
    public bool MayNameFolder { get; }

    /// <summary>True when a segment has <c>*</c> or <c>?</c>.</summary>
    public bool IsGlob { get; }

    /// <summary>How many leading segments have no wildcard.</summary>
    public int LiteralSegmentCount { get; }

    /// <summary>Why the path is unusable, or <see cref="PathPatternError.None"/>.</summary>
    public PathPatternError Error { get; }

    /// <summary>True when <see cref="Error"/> is <see cref="PathPatternError.None"/>.</summary>
    public bool IsValid => Error == PathPatternError.None;

    /// <summary>True when the pattern matches every path of the repository (<c>.</c>, <c>/</c>, <c>**</c>, <c>*</c> as a folder, …).</summary>
    public bool MatchesEverything => _segments.Length == 0 || (_segments.Length == 1 && GlobSegment.IsAnySegments(_segments[0]));

    /// <summary>Reads a path. Never throws: problems are reported through <see cref="Error"/>.</summary>
    public static PathPattern Parse(string text)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return new PathPattern(text, string.Empty, Array.Empty<string>(), isFolder: true, PathPatternError.Empty);
        }

        var error = PathPatternError.None;
        if (trimmed == "/")
        {
            return new PathPattern(text, string.Empty, Array.Empty<string>(), isFolder: true, PathPatternError.None);
        }

        if (trimmed.IndexOf('\\') >= 0)
        {
            error = PathPatternError.Backslash;
        }
        else if (IsAbsolute(trimmed))
        {
            error = PathPatternError.Absolute;
        }

        var isFolder = trimmed.EndsWith("/", StringComparison.Ordinal) || trimmed == ".";
        var body = trimmed.TrimEnd('/');
        var rawSegments = body.Length == 0 ? Array.Empty<string>() : body.Split('/');
        var segments = new List<string>(rawSegments.Length);
        for (var i = 0; i < rawSegments.Length; i++)
        {
            var segment = rawSegments[i];
            if (segment == ".")
            {
                continue;
            }

            if (segment.Length == 0)
            {
                // A leading empty segment is an absolute path, reported above.
                if (i > 0 && error == PathPatternError.None)
                {
                    error = PathPatternError.InvalidGlob;
                }

                continue;
            }

            if (segment == ".." && error == PathPatternError.None)
            {
                error = PathPatternError.ParentSegment;
            }

            if (segment.IndexOf("**", StringComparison.Ordinal) >= 0 && !GlobSegment.IsAnySegments(segment) && error == PathPatternError.None)
            {
                error = PathPatternError.InvalidGlob;
            }

            segments.Add(segment);
        }

        // Nothing dropped (the common case): the split and the text without its trailing slash are already the normalized form.
        var array = segments.Count == rawSegments.Length ? rawSegments : segments.ToArray();
        var normalized = ReferenceEquals(array, rawSegments) ? body : string.Join("/", array);
        return new PathPattern(text, normalized, array, isFolder || array.Length == 0, error);
    }

    /// <summary>True when the repository-relative file path <paramref name="path"/> is matched.</summary>
    public bool Matches(string path)
    {
        var target = SplitPath(path);
        return MatchSegments(OpenEndedSegments(), 0, target, 0);
    }

    /// <summary>True when at least one path can be matched by both patterns.</summary>
    public bool Overlaps(PathPattern other)
    {
        if (other is null)
        {
            throw new ArgumentNullException(nameof(other));
        }

        if (!IsGlob && !other.IsGlob)
        {
            // Two plain paths: the same path (the same normalized text, since no segment holds a
            // slash), or one inside the other when that one may be a folder.
            return string.Equals(Normalized, other.Normalized, StringComparison.Ordinal)
                || (MayNameFolder && IsSegmentPrefix(_segments, other._segments))
                || (other.MayNameFolder && IsSegmentPrefix(other._segments, _segments));
        }

        var left = OpenEndedSegments();
        var right = other.OpenEndedSegments();
        var memo = new Dictionary<(int, int), bool>();
        return IntersectSegments(left, 0, right, 0, memo);
    }

    /// <summary>
    /// True when every path <paramref name="other"/> matches is also matched by this pattern (a file
    /// inside a folder, a folder inside a broader glob).
    /// </summary>
    public bool Covers(PathPattern other)
    {
        if (other is null)
        {
            throw new ArgumentNullException(nameof(other));
        }

        // A folder stands for everything below it; a plain path for the file it names.
        var representative = other._segments.Select(GlobSegment.Placeholder).ToList();
        if (other.MayNameFolder)
        {
            representative.Add(GlobSegment.Placeholder(GlobSegment.AnySegments));
        }

        return MatchSegments(OpenEndedSegments(), 0, representative.ToArray(), 0);
    }

    /// <summary>Splits a repository-relative path into segments, dropping <c>.</c> and empty segments.</summary>
    public static string[] SplitPath(string path)
    {
        if (path is null)
        {
            throw new ArgumentNullException(nameof(path));
        }

        return path.Replace('\\', '/').Split('/').Where(s => s.Length > 0 && s != ".").ToArray();
    }

    /// <inheritdoc />
    public bool Equals(PathPattern? other) =>
        other is not null && IsFolder == other.IsFolder && string.Equals(Normalized, other.Normalized, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PathPattern);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Normalized) ^ (IsFolder ? 1 : 0);

    /// <inheritdoc />
    public override string ToString() => Text;

    // A folder, or a plain path that may name a folder, matches everything below it: an implicit
    // trailing "**". A file, or a file glob such as src/*.ts, matches only what its segments say.
    private string[] OpenEndedSegments() => _openEnded ??= ComputeOpenEndedSegments();

    private string[] ComputeOpenEndedSegments()
    {
        if (_segments.Length > 0 && GlobSegment.IsAnySegments(_segments[_segments.Length - 1]))
        {
            return _segments;
        }

        return MayNameFolder ? _segments.Concat(new[] { GlobSegment.AnySegments }).ToArray() : _segments;
    }

    private static bool IsSegmentPrefix(string[] prefix, string[] path)
    {
        if (prefix.Length > path.Length)
        {
            return false;
        }

        for (var i = 0; i < prefix.Length; i++)
        {
            if (!string.Equals(prefix[i], path[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static bool MatchSegments(string[] pattern, int p, string[] path, int q)
    {
        while (true)
        {
            if (p == pattern.Length)
            {
                return q == path.Length;
            }

            if (GlobSegment.IsAnySegments(pattern[p]))
            {
                for (var skip = q; skip <= path.Length; skip++)
                {
                    if (MatchSegments(pattern, p + 1, path, skip))
                    {
                        return true;
                    }
                }

                return false;
            }

            if (q == path.Length || !GlobSegment.Matches(pattern[p], path[q]))
            {
                return false;
            }

            p++;
            q++;
        }
    }

    private static bool IntersectSegments(string[] a, int p, string[] b, int q, Dictionary<(int, int), bool> memo)
    {
        if (memo.TryGetValue((p, q), out var known))
        {
            return known;
        }

        bool result;
        if (p < a.Length && GlobSegment.IsAnySegments(a[p]))
        {
            result = IntersectSegments(a, p + 1, b, q, memo) || (q < b.Length && IntersectSegments(a, p, b, q + 1, memo));
        }
        else if (q < b.Length && GlobSegment.IsAnySegments(b[q]))
        {
            result = IntersectSegments(a, p, b, q + 1, memo) || (p < a.Length && IntersectSegments(a, p + 1, b, q, memo));
        }
        else if (p == a.Length || q == b.Length)
        {
            result = p == a.Length && q == b.Length;
        }
        else
        {
            result = GlobSegment.Intersects(a[p], b[q]) && IntersectSegments(a, p + 1, b, q + 1, memo);
        }

        memo[(p, q)] = result;
        return result;
    }

    private static bool IsAbsolute(string path) =>
        path.StartsWith("/", StringComparison.Ordinal)
        || path.StartsWith("~", StringComparison.Ordinal)
        || (path.Length >= 2 && char.IsLetter(path[0]) && path[1] == ':');
}
