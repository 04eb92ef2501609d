using System;
using System.Collections.Generic;
using System.Linq;
using Tamer.Spec.Paths;
using Tamer.Spec.Text;

namespace Tamer.Spec.Configuration;

/// <summary>
/// One entry of <c>overrides:</c> in <c>.tamer.yml</c>: severities for the Work Items some globs
/// match (relative to the configuration's folder), such as a folder of legacy Work Items.
/// </summary>
public sealed class PathOverride
{
    /// <summary>Creates an override.</summary>
    public PathOverride(IReadOnlyList<string> files, IReadOnlyList<SeveritySetting> severities, SourceLocation? location)
    {
        Files = files ?? throw new ArgumentNullException(nameof(files));
        Severities = severities ?? throw new ArgumentNullException(nameof(severities));
        Location = location;
        _patterns = files.Select(PathPattern.Parse).Where(p => p.IsValid).ToList();
    }

    private readonly List<PathPattern> _patterns;

    /// <summary>The globs as written.</summary>
    public IReadOnlyList<string> Files { get; }

    /// <summary>The severities for the files they match; for one ID the last wins.</summary>
    public IReadOnlyList<SeveritySetting> Severities { get; }

    /// <summary>Where the entry starts.</summary>
    public SourceLocation? Location { get; }

    /// <summary>True when a glob matches <paramref name="relativePath"/> (relative to the configuration's folder, with '/').</summary>
    public bool Matches(string relativePath) => _patterns.Any(p => p.Matches(relativePath));
}
