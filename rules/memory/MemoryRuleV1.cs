using NuGet.Versioning;

namespace Tamer.Spec.Rules.Memory;

/// <summary>
/// Memory 1.0.0. On a registry entry: its shape (TMR7007), its consequence (TMR7004), a unique id
/// (TMR7005) and, opt-in, an <c>applies_to</c> that matches something (TMR7006). On a rejected-design
/// record: its shape (TMR7008). On a Work Item: every invariant that governs a <c>write</c> path is
/// named (TMR7001), every reference names a registry entry in force (TMR7002, TMR7003), the Work Item
/// does not resemble a rejected design it has not acknowledged (TMR7009), and its acknowledgements are
/// sound (TMR7010). The registry and the log come from the workspace; the rule reads no file.
/// </summary>
public sealed class MemoryRuleV1 : Rule
{
    /// <summary>Creates the rule.</summary>
    public MemoryRuleV1()
        : base(new NuGetVersion(1, 0, 0), MemoryDiagnostics.All)
    {
    }

    /// <inheritdoc />
    public override bool AnalyzesUnparsedDocuments => true;

    /// <inheritdoc />
    public override void Analyze(RuleContext context) => MemoryChecks.Run(context, holdsDoneWorkItems: true);
}
