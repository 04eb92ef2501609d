using NuGet.Versioning;

namespace Tamer.Spec.Rules.Invariants;

/// <summary>
/// Invariants 2.1.0: the checks of 2.0.0, and an entry that is only a reference to the invariants
/// registry (a bare id such as <c>- INV-TENANT-001</c>, or a map with nothing but <c>id</c>) is a
/// sound declaration: its statement and consequence are the registry's, and the memory axis checks
/// that the id exists (TMR7002) and is in force (TMR7003). 2.0.0 reports such an entry as before
/// (TMR3002 for a bare id, TMR3003 for a map with only an id) and stays pinnable. A workspace with
/// no registry entry at all has no references to accept: there 2.1.0 reports exactly as 2.0.0, so
/// an id-looking entry (<c>- UTF-8</c>) keeps its TMR3002.
/// </summary>
public sealed class InvariantsRuleV21 : Rule
{
    /// <summary>Creates the rule.</summary>
    public InvariantsRuleV21()
        : base(new NuGetVersion(2, 1, 0), new[] { InvariantsDiagnostics.MissingInvariants, InvariantsDiagnostics.MissingConsequence, InvariantsDiagnostics.MalformedInvariant })
    {
    }

    /// <inheritdoc />
    /// <remarks>In a workspace without registry entries, 2.1.0 reports every entry as 2.0.0 does.</remarks>
    public override void Analyze(RuleContext context) => InvariantsRuleV2.Analyze(context, acceptsRegistryReferences: context.Workspace.Invariants.Count > 0);
}
