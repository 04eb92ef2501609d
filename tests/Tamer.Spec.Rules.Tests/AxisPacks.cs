using Tamer.Spec.Engine;
using Tamer.Spec.Rules.Acceptance;
using Tamer.Spec.Rules.Dependencies;
using Tamer.Spec.Rules.Format;
using Tamer.Spec.Rules.Invariants;
using Tamer.Spec.Rules.Memory;
using Tamer.Spec.Rules.NonGoals;
using Tamer.Spec.Rules.Scope;
using Tamer.Spec.Rules.Traceability;
using Tamer.Spec.Testing;

namespace Tamer.Spec.Rules.Tests;

/// <summary>The axis packs (the five axes and memory), as a host loads them, and where each keeps its docs and fixtures.</summary>
internal static class AxisPacks
{
    public static IReadOnlyList<RulePack> All { get; } =
        [new ScopeRulePack(), new AcceptanceRulePack(), new InvariantsRulePack(), new DependenciesRulePack(), new NonGoalsRulePack(), new MemoryRulePack()];

    /// <summary>The axis packs and traceability, whose claims come from C# (its checks are tested with the analyzer).</summary>
    public static IReadOnlyList<RulePack> WithTraceability { get; } = [.. All, new TraceabilityRulePack()];

    /// <summary>Every pack under <c>rules/</c>: the format rule, the five axes and traceability.</summary>
    public static IReadOnlyList<RulePack> UnderRules { get; } = [FormatRulePack.Instance, .. WithTraceability];

    /// <summary>The format rule and the five axes, as a host that reads no test code runs them.</summary>
    public static LintEngine Engine() => new([FormatRulePack.Instance, .. All]);

    /// <summary>Every fixture folder of the axis packs and of the format rule, with their sub-folders.</summary>
    public static IEnumerable<string> FixtureFolders()
    {
        var roots = All.Select(p => RepositoryPaths.InRepository("rules", Folder(p), "fixtures"))
            .Append(RepositoryPaths.InRepository("rules", "format", "fixtures"));
        foreach (var root in roots)
        {
            yield return root;

            // A folder with no Work Item of its own is a layout tree (the format profiles' fixtures),
            // linted as a whole by the format rule's tests.
            foreach (var sub in Directory.GetDirectories(root).Where(d => Directory.EnumerateFiles(d, "*.md").Any()).Order(StringComparer.Ordinal))
            {
                yield return sub;
            }
        }
    }

    /// <summary>The fixture folder of the traceability pack, with its sub-folders.</summary>
    public static IEnumerable<string> TraceabilityFixtureFolders()
    {
        var root = RepositoryPaths.InRepository("rules", "traceability", "fixtures");
        return Directory.GetDirectories(root).Order(StringComparer.Ordinal).Prepend(root);
    }

    /// <summary>The pack's folder under rules/ (its axis name).</summary>
    public static string Folder(RulePack pack) => pack.Axis;

    /// <summary>The first digit of the pack's IDs: 1 scope, 2 acceptance, 3 invariants, 4 dependencies, 5 non-goals, 6 traceability, 7 memory.</summary>
    public static string IdPrefix(RulePack pack) => pack.Versions[0].SupportedDiagnostics[0].Id.Substring(0, 4);
}
