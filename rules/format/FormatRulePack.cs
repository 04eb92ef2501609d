using System.Collections.Generic;
using Tamer.Spec.Fixes;

namespace Tamer.Spec.Rules.Format;

/// <summary>
/// The format rule as a pack: always on, one version. It uses the same contract as every other
/// pack; <c>BuiltInRulePacks.All</c> lists it first and a session adds it to packs given without it.
/// </summary>
public sealed class FormatRulePack : RulePack
{
    private FormatRulePack()
    {
    }

    /// <summary>The single instance.</summary>
    public static FormatRulePack Instance { get; } = new();

    /// <inheritdoc />
    public override string Axis => "format";

    /// <inheritdoc />
    public override string Description => "The file is a Work Item: frontmatter, valid YAML, id and title, known keys and types, justified suppressions.";

    /// <inheritdoc />
    public override IReadOnlyList<Rule> Versions { get; } = new Rule[] { new FormatRule() };

    /// <inheritdoc />
    public override bool IsAlwaysOn => true;

    /// <inheritdoc />
    public override IReadOnlyList<FixProvider> FixProviders { get; } = new FixProvider[] { new FormatFixProvider() };
}
