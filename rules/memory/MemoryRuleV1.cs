using NuGet.Versioning;
using Tamer.Spec.Formats;

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
    public override void Analyze(RuleContext context)
    {
        switch (context.Document.Role)
        {
            case DocumentRole.InvariantRecord when context.Document.InvariantRecord is { } entry:
                RegistryEntryCheck.Run(context, entry);
                break;
            case DocumentRole.RejectedDesign when context.Document.RejectedDesign is { } record:
                RejectedDesignRecordCheck.Run(context, record);
                break;
            case DocumentRole.WorkItem when context.Document.WorkItem is not null:
                InvariantReferenceCheck.Run(context);
                if (context.IsEnabled(MemoryDiagnostics.UnnamedInvariant))
                {
                    GovernedWriteCheck.Run(context);
                }

                var acknowledged = AcknowledgementCheck.Run(context);
                RejectedDesignCheck.Run(context, acknowledged);
                break;
        }
    }
}
