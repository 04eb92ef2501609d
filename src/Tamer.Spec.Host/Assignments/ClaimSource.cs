using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using Tamer.Spec.Claims;
using Tamer.Spec.CSharpClaims;
using Tamer.Spec.Repository;

namespace Tamer.Spec.Host.Assignments;

/// <summary>
/// The <c>[Satisfies]</c> claims of the C# files under the claims folder (<c>--claims</c>, else the
/// repository, else the Work Items folder), read as <c>tamer-lint trace</c> reads them. The files are
/// listed on every call and parsed again only when one was added, removed or changed (its size or
/// write time), so a burst of submissions parses them once.
/// </summary>
internal sealed class ClaimSource
{
    private readonly string _folder;
    private readonly Lock _lock = new();
    private (string Key, IReadOnlyList<CriterionClaim> Claims)? _last;

    public ClaimSource(string folder)
    {
        _folder = folder;
    }

    /// <summary>The claims as the files stand now; throws <see cref="ClaimSourceException"/> when a file cannot be read.</summary>
    public IReadOnlyList<CriterionClaim> Current()
    {
        var files = CSharpSources.Below(_folder, RepositoryRoot.Find(_folder));
        var key = string.Join("\n", files.Select(Stamp));
        lock (_lock)
        {
            if (_last is { } last && last.Key == key)
            {
                return last.Claims;
            }

            var claims = ClaimScanner.Read(files, path => Path.GetRelativePath(_folder, path).Replace('\\', '/'));
            _last = (key, claims);
            return claims;
        }
    }

    private static string Stamp(string path)
    {
        var file = new FileInfo(path);
        return file.Exists ? path + "|" + file.Length + "|" + file.LastWriteTimeUtc.Ticks : path + "|gone";
    }
}
