using System.Reflection;
using NuGet.Versioning;

namespace Tamer.Spec.Engine;

/// <summary>The version of this build of Tamer.Spec (its package version).</summary>
public static class TamerVersion
{
    /// <summary>The version, without build metadata: <c>1.0.0</c>.</summary>
    public static string Current { get; } = Read();

    /// <summary>The same, as a semantic version.</summary>
    public static NuGetVersion Semantic { get; } = NuGetVersion.Parse(Current);

    private static string Read()
    {
        var informational = typeof(TamerVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        if (string.IsNullOrEmpty(informational))
        {
            return "0.0.0";
        }

        var plus = informational!.IndexOf('+');
        return plus >= 0 ? informational.Substring(0, plus) : informational;
    }
}
