using System.Collections.Generic;
using Tamer.Spec.Fixes;
using Tamer.Spec.Rules;

// The contract this pack was compiled against; the engine refuses a pack built for a newer major.
[assembly: RuleContractVersion(RuleContract.Version)]

namespace Acme.Tamer.Rules;

/// <summary>The "migrations" axis: two versions, so a team can pin the older, gentler one.</summary>
public sealed class AcmeRulePack : RulePack
{
    public override string Axis => "acme-migrations";

    public override string Description => "A Work Item that writes database migrations names how to roll them back.";

    public override IReadOnlyList<Rule> Versions { get; } = new Rule[] { new MigrationRuleV1(), new MigrationRuleV2() };

    public override IReadOnlyList<FixProvider> FixProviders { get; } = new FixProvider[] { new MigrationFolderFixProvider() };
}
