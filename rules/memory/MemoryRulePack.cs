using System.Collections.Generic;

namespace Tamer.Spec.Rules.Memory;

/// <summary>The memory axis: 1.0.0, and 1.1.0 (the default), which leaves done Work Items out of TMR7001 and TMR7009.</summary>
public sealed class MemoryRulePack : RulePack
{
    /// <inheritdoc />
    public override string Axis => "memory";

    /// <inheritdoc />
    public override string Description => "A Work Item is checked against what the project remembers: the invariants registry and the rejected-designs log.";

    /// <inheritdoc />
    public override IReadOnlyList<Rule> Versions { get; } = new Rule[] { new MemoryRuleV1(), new MemoryRuleV11() };

    /// <inheritdoc />
    public override IReadOnlyList<PackSetting> Settings { get; } = new[] { MemorySettings.SimilarityPercent };

    /// <inheritdoc />
    public override IReadOnlyList<Fixes.FixProvider> FixProviders { get; } = new Fixes.FixProvider[] { new MemoryFixProvider() };
}
