using System.Collections.Generic;

namespace Tamer.Spec.Rules.Acceptance;

/// <summary>
/// The acceptance axis. 1.0.0 is the seed's first gate (criteria with a verb), 2.0.0 the seed's
/// lexicon gate (one observable predicate per Work Item), 3.0.0 a per-criterion reading of
/// observable behaviour and the known vagueness smells, 4.0.0 a per-criterion search for positive
/// evidence (a result, a trigger, a subject) weighed against the smells by a model shipped as data.
/// </summary>
public sealed class AcceptanceRulePack : RulePack
{
    /// <inheritdoc />
    public override string Axis => "acceptance";

    /// <inheritdoc />
    public override string Description => "Acceptance criteria a third party can decide from the criterion, the diff and its test run.";

    /// <inheritdoc />
    public override IReadOnlyList<Rule> Versions { get; } = new Rule[] { new AcceptanceRuleV1(), new AcceptanceRuleV2(), new AcceptanceRuleV3(), new AcceptanceRuleV4() };

    /// <inheritdoc />
    public override IReadOnlyList<Fixes.FixProvider> FixProviders { get; } = new Fixes.FixProvider[] { new CriterionIdFixProvider() };
}
