using System.Text;
using Microsoft.CodeAnalysis.Testing;

namespace Tamer.Spec.Analyzers.Tests.Harness;

/// <summary>
/// What the package's targets give the compiler, for the standard test harness
/// (Microsoft.CodeAnalysis.Testing): Work Items and the configuration as AdditionalFiles under
/// <see cref="Root"/>, a <c>.globalconfig</c> with the root and each file's <c>TamerKind</c>, the
/// running runtime's assemblies as references (no reference package is downloaded), and one
/// C# file so that there is a compilation.
/// </summary>
internal sealed class HarnessProject
{
    public const string Root = "/repo";

    private readonly List<(string Path, string Kind)> _kinds = [];
    private readonly List<string> _globals = [];

    /// <summary>The full path of a file of the project.</summary>
    public static string PathOf(string relativePath) => Root + "/" + relativePath;

    /// <summary>A Work Item; <paramref name="markup"/> marks the expected diagnostics (<c>{|TMR0007:doing|}</c>).</summary>
    public HarnessProject WorkItem(SolutionState state, string relativePath, string markup, string kind = "WorkItemCandidate")
    {
        state.AdditionalFiles.Add((PathOf(relativePath), markup));
        _kinds.Add((PathOf(relativePath), kind));
        return this;
    }

    public HarnessProject Configuration(SolutionState state, string markup, string relativePath = ".tamer.yml")
    {
        state.AdditionalFiles.Add((PathOf(relativePath), markup));
        _kinds.Add((PathOf(relativePath), "Configuration"));
        return this;
    }

    /// <summary>A build property the package's props pass to the compiler (<c>IsTestProject</c>, say).</summary>
    public HarnessProject Property(string name, string value)
    {
        _globals.Add("build_property." + name + " = " + value);
        return this;
    }

    /// <summary>Puts the references, the C# file (unless the test has its own) and the .globalconfig into <paramref name="state"/>.</summary>
    public void ApplyTo(SolutionState state)
    {
        state.AdditionalReferences.AddRange(References.Runtime);
        if (state.Sources.Count == 0)
        {
            state.Sources.Add(("/repo/src/Empty.cs", "internal static class Empty { }"));
        }

        var config = new StringBuilder("is_global = true\nbuild_property.TamerRootDirectory = " + Root + "\n");
        foreach (var global in _globals)
        {
            config.Append(global).Append('\n');
        }

        foreach (var (path, kind) in _kinds)
        {
            config.Append("\n[").Append(path).Append("]\nbuild_metadata.AdditionalFiles.TamerKind = ").Append(kind).Append('\n');
        }

        state.AnalyzerConfigFiles.Add((Root + "/.globalconfig", config.ToString()));
    }

    /// <summary>The reference assemblies come from the running runtime (see <see cref="ApplyTo"/>), not from a package.</summary>
    public static ReferenceAssemblies NoReferencePackage { get; } = new("net10.0");
}
