using System;
using System.Collections.Generic;
using System.Linq;

namespace Tamer.Spec.Repository;

/// <summary>
/// The files a search found, one path per real file: when several paths lead to the same file (one
/// include glob through a link, another without), the path without a link wins, then the first in
/// ordinal order. Reporting the same Work Item twice would make it a duplicate of itself (TMR0004).
/// </summary>
internal sealed class FoundFiles
{
    private readonly Dictionary<string, WalkedFile> _byRealPath = new(RealPaths.Comparer);

    public void Add(WalkedFile file)
    {
        if (!_byRealPath.TryGetValue(file.RealPath, out var known) || Better(file, known))
        {
            _byRealPath[file.RealPath] = file;
        }
    }

    public IReadOnlyList<string> Paths() => _byRealPath.Values.Select(f => f.Path).Order(StringComparer.Ordinal).ToList();

    public IEnumerable<WalkedFile> Files => _byRealPath.Values;

    private static bool Better(WalkedFile candidate, WalkedFile known) =>
        candidate.ThroughLink != known.ThroughLink ? !candidate.ThroughLink : string.CompareOrdinal(candidate.Path, known.Path) < 0;
}
