using System.Collections.Generic;
using Tamer.Spec.Rules;

namespace Tamer.Spec.Cli;

/// <summary>The rule packs the tool ships with (the format rule is always added by the engine).</summary>
internal static class BuiltInRulePacks
{
    public static IReadOnlyList<RulePack> All { get; } = [];
}
