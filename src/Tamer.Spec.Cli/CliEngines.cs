using System.Collections.Generic;
using System.Linq;
using Tamer.Spec.Cli.Commands;
using Tamer.Spec.Engine;
using Tamer.Spec.Plugins;
using Tamer.Spec.Rules;

namespace Tamer.Spec.Cli;

/// <summary>
/// The engine for a run: the built-in packs, plus the packs the configuration's <c>plugins</c> names
/// (loaded through the same contract and checked the same way; one that cannot be loaded is a
/// TMR9003 and the run goes on without it).
/// </summary>
internal sealed class CliEngines
{
    private readonly IReadOnlyList<RulePack> _packs;

    /// <param name="packs">The packs the tool runs before any plugin: the built-in ones (tests may pass others).</param>
    public CliEngines(IEnumerable<RulePack> packs)
    {
        _packs = packs.ToList();
        Default = new LintEngine(_packs);
    }

    /// <summary>The built-in packs alone.</summary>
    public LintEngine Default { get; }

    public LintEngine For(LoadedConfiguration loaded)
    {
        if (loaded.Configuration.Plugins.Count == 0)
        {
            return Default;
        }

        var plugins = RulePackLoader.LoadPlugins(loaded.Configuration, loaded.Root);
        return new LintEngine(_packs.Concat(plugins.Packs), plugins.Problems);
    }
}
