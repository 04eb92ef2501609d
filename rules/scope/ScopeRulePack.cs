using System.Collections.Generic;

namespace Tamer.Spec.Rules.Scope;

/// <summary>
/// The scope axis. Version 1.0.0 is the seed's first gate (a scope with at least one path);
/// version 2.0.0 asks for the format-2 shape and checks each path.
/// </summary>
public sealed class ScopeRulePack : RulePack
{
    /// <inheritdoc />
    public override string Axis => "scope";

    /// <inheritdoc />
    public override string Description => "Which paths the change may write, may only read, and must not touch; nothing widens silently.";

    /// <inheritdoc />
    public override IReadOnlyList<Rule> Versions { get; } = new Rule[] { new ScopeRuleV1(), new ScopeRuleV2() };

    /// <inheritdoc />
    public override IReadOnlyList<Fixes.FixProvider> FixProviders { get; } = new Fixes.FixProvider[] { new ScopeFixProvider() };
}
