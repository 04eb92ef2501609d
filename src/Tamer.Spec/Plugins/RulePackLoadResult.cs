using System.Collections.Generic;
using Tamer.Spec.Diagnostics;
using Tamer.Spec.Rules;

namespace Tamer.Spec.Plugins;

/// <summary>The packs loaded from plug-in assemblies, and a TMR9003 for each one that could not be.</summary>
public sealed class RulePackLoadResult
{
    /// <summary>Creates a result.</summary>
    public RulePackLoadResult(IReadOnlyList<RulePack> packs, IReadOnlyList<Diagnostic> problems)
    {
        Packs = packs;
        Problems = problems;
    }

    /// <summary>The packs, in the order of their assemblies.</summary>
    public IReadOnlyList<RulePack> Packs { get; }

    /// <summary>One TMR9003 per assembly or pack left out, naming it and the reason.</summary>
    public IReadOnlyList<Diagnostic> Problems { get; }
}
