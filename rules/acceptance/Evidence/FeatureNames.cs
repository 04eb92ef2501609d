using System.Collections.Concurrent;

namespace Tamer.Spec.Rules.Acceptance.Evidence;

/// <summary>
/// The composed feature names of a reading ("word:" + a word, a list's name + "/" + a term), made
/// once and shared: a lint of many Work Items meets the same words again and again, so the names
/// are kept rather than built per criterion. The cache is bounded, so a long-lived host that reads
/// endless new words does not grow without limit; past the bound a name is built each time.
/// </summary>
internal static class FeatureNames
{
    private const int MostKept = 50_000;

    private static readonly ConcurrentDictionary<(string Prefix, string Term), string> Kept = new();

    public static string Of(string prefix, string term)
    {
        if (Kept.TryGetValue((prefix, term), out var name))
        {
            return name;
        }

        name = prefix + term;
        if (Kept.Count < MostKept)
        {
            Kept.TryAdd((prefix, term), name);
        }

        return name;
    }
}
