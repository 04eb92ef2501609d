using Tamer.Spec.Testing;

namespace Tamer.Spec.Fuzz.Tests;

/// <summary>The inputs of a target as fuzz/run.sh gathers its seeds, plus the saved corpus and the kept findings.</summary>
internal static class FuzzInputs
{
    public static IEnumerable<string> For(string target)
    {
        var pattern = target == "config" ? ".tamer.y*ml" : "*.md";
        var seeds = new[] { "examples", "tests", "rules" }
            .SelectMany(folder => Directory.GetFiles(RepositoryPaths.InRepository(folder), pattern, SearchOption.AllDirectories))
            .Where(f => (f.Contains("/fixtures/", StringComparison.Ordinal) || f.Contains("/examples/", StringComparison.Ordinal)) && !f.Contains("/bin/", StringComparison.Ordinal) && !f.Contains("/obj/", StringComparison.Ordinal));
        var kept = new[] { "seeds", "corpus", "findings" }
            .Select(kind => RepositoryPaths.InRepository("fuzz", kind, target))
            .Where(Directory.Exists)
            .SelectMany(folder => Directory.GetFiles(folder));
        return seeds.Concat(kept).Order(StringComparer.Ordinal);
    }
}
