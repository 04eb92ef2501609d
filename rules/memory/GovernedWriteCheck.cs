using System;
using System.Collections.Generic;
using System.Linq;

namespace Tamer.Spec.Rules.Memory;

/// <summary>
/// TMR7001: every registry invariant whose <c>applies_to</c> overlaps a <c>write</c> path is named
/// in <c>invariants:</c> (by id, bare or in a map); reported once per invariant, at the first
/// <c>write</c> entry it governs.
/// </summary>
internal static class GovernedWriteCheck
{
    public const string InvariantProperty = "invariant";

    public static void Run(RuleContext context)
    {
        var index = InvariantIndex.Of(context.Workspace);
        if (index.IsEmpty)
        {
            return;
        }

        var workItem = context.WorkItem;
        var named = new HashSet<string>(
            workItem.Invariants.Items.Select(i => i.RegistryId ?? i.Id).Where(id => id is not null).Select(id => id!),
            StringComparer.Ordinal);
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var write in workItem.Scope.WritablePaths)
        {
            foreach (var (entry, _) in index.Governing(write.Pattern))
            {
                var id = entry.Id!.Value;
                if (!named.Contains(id) && reported.Add(id))
                {
                    context.Report(
                        MemoryDiagnostics.UnnamedInvariant,
                        write.Span,
                        new Dictionary<string, string> { [InvariantProperty] = id },
                        write.Text,
                        id,
                        entry.Statement?.Value ?? string.Empty);
                }
            }
        }
    }
}
