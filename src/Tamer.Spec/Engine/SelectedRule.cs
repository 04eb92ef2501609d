using Tamer.Spec.Diagnostics;
using Tamer.Spec.Rules;

namespace Tamer.Spec.Engine;

/// <summary>The rule version configuration picked for one axis.</summary>
public sealed class SelectedRule
{
    internal SelectedRule(RulePack pack, Rule rule, PackSettingValues settings)
    {
        Settings = settings;
        Pack = pack;
        Rule = rule;
        Reference = new RuleReference(pack.Axis, rule.Version);
    }

    /// <summary>The pack (axis).</summary>
    public RulePack Pack { get; }

    /// <summary>The rule version.</summary>
    public Rule Rule { get; }

    /// <summary>The pack's settings in force for the run.</summary>
    public PackSettingValues Settings { get; }

    /// <summary><c>axis@version</c>.</summary>
    public RuleReference Reference { get; }

    /// <inheritdoc />
    public override string ToString() => Reference.ToString();
}
