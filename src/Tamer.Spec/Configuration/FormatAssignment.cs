using System;
using Tamer.Spec.Formats;
using Tamer.Spec.Paths;
using Tamer.Spec.Text;

namespace Tamer.Spec.Configuration;

/// <summary>
/// One entry of <c>formats:</c> in <c>.tamer.yml</c>: the files a glob matches (relative to the
/// configuration's folder) are read with the named profile rather than the one their path suggests.
/// </summary>
public sealed class FormatAssignment
{
    private readonly PathPattern _pattern;

    /// <summary>Creates an assignment.</summary>
    public FormatAssignment(string files, FormatProfile profile, SourceLocation? location)
    {
        Files = files ?? throw new ArgumentNullException(nameof(files));
        Profile = profile ?? throw new ArgumentNullException(nameof(profile));
        Location = location;
        _pattern = PathPattern.Parse(files);
    }

    /// <summary>The glob as written.</summary>
    public string Files { get; }

    /// <summary>The profile its files are read with.</summary>
    public FormatProfile Profile { get; }

    /// <summary>Where the entry is written.</summary>
    public SourceLocation? Location { get; }

    /// <summary>True when the glob matches <paramref name="relativePath"/> (relative to the configuration's folder, with '/').</summary>
    public bool Matches(string relativePath) => _pattern.IsValid && _pattern.Matches(relativePath);
}
