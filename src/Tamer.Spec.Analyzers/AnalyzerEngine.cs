using Tamer.Spec.Engine;
using Tamer.Spec.Rules;

namespace Tamer.Spec.Analyzers;

/// <summary>The one engine every analysis in this process shares: the built-in packs, loaded once.</summary>
internal static class AnalyzerEngine
{
    public static LintEngine Instance { get; } = new(BuiltInRulePacks.All);
}
