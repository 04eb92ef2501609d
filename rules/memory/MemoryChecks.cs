using Tamer.Spec.Formats;
using Tamer.Spec.Model;

namespace Tamer.Spec.Rules.Memory;

/// <summary>
/// The checks of the memory axis, by the role of the document: a registry entry, a rejected-design
/// record or a Work Item. Shared by the pack's versions, which differ only in whether a
/// <c>done</c> Work Item is held to the registry and the log.
/// </summary>
internal static class MemoryChecks
{
    public static void Run(RuleContext context, bool holdsDoneWorkItems)
    {
        switch (context.Document.Role)
        {
            case DocumentRole.InvariantRecord when context.Document.InvariantRecord is { } entry:
                RegistryEntryCheck.Run(context, entry);
                break;
            case DocumentRole.RejectedDesign when context.Document.RejectedDesign is { } record:
                RejectedDesignRecordCheck.Run(context, record);
                break;
            case DocumentRole.WorkItem when context.Document.WorkItem is { } workItem:
                InvariantReferenceCheck.Run(context);
                var heldToMemory = holdsDoneWorkItems || workItem.Status != WorkItemStatus.Done;
                if (heldToMemory && context.IsEnabled(MemoryDiagnostics.UnnamedInvariant))
                {
                    GovernedWriteCheck.Run(context);
                }

                var acknowledged = AcknowledgementCheck.Run(context);
                if (heldToMemory)
                {
                    RejectedDesignCheck.Run(context, acknowledged);
                }

                break;
        }
    }
}
