using Microsoft.CodeAnalysis;

namespace Tamer.Spec.Analyzers.Tests;

/// <summary>The running runtime's assemblies, enough to compile test code with attributes and strings.</summary>
internal static class References
{
    public static IReadOnlyList<MetadataReference> Runtime { get; } =
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p) is var name && (name.StartsWith("System.", StringComparison.Ordinal) || name is "mscorlib.dll" or "netstandard.dll"))
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToList();
}
