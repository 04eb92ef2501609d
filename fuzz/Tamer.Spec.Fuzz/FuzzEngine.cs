using System.Collections.Generic;
using System.Linq;
using NuGet.Versioning;
using Tamer.Spec.Configuration;
using Tamer.Spec.Engine;
using Tamer.Spec.Rules;

namespace Tamer.Spec.Fuzz;

/// <summary>
/// The engine with every built-in pack, and the configurations that between them run every
/// version of every pack: the default (each axis at its newest version) and one that pins each
/// axis to its oldest.
/// </summary>
internal static class FuzzEngine
{
    public static LintEngine Engine { get; } = BuiltInRulePacks.CreateEngine();

    public static IReadOnlyList<TamerConfiguration> EveryVersion { get; } = new[] { TamerConfiguration.Default, Oldest() };

    private static TamerConfiguration Oldest()
    {
        var configuration = TamerConfiguration.Default;
        foreach (var pack in Engine.Packs.Where(p => !p.IsAlwaysOn))
        {
            var oldest = pack.Versions.Select(v => v.Version).Min()!;
            var range = "[" + oldest.ToNormalizedString() + "]";
            configuration = configuration.WithRule(new RuleSetting(pack.Axis, range, VersionRange.Parse(range), isOff: false, location: null));
        }

        return configuration;
    }
}
