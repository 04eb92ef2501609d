using System.Linq;
using Tamer.Spec.Memory;

namespace Tamer.Spec.Rules.Memory;

/// <summary>A rejected-design record: its shape, and an id no other record has (TMR7008).</summary>
internal static class RejectedDesignRecordCheck
{
    // The log's records by id, once per workspace: each record looks up its own id, not the whole log.
    public static ILookup<string, RejectedDesign> ById(RuleContext context) =>
        context.Workspace.GetOrAddAnalysis("memory/rejected-design-ids", w => w.RejectedDesigns.Where(r => r.Id is not null).ToLookup(r => r.Id!.Value, System.StringComparer.Ordinal));

    public static void Run(RuleContext context, RejectedDesign record)
    {
        foreach (var problem in record.Problems)
        {
            context.Report(MemoryDiagnostics.MalformedRejectedDesign, problem.Span, problem.Message);
        }

        if (record.Id is { } id)
        {
            var others = ById(context)[id.Value].Where(r => !ReferenceEquals(r, record)).Select(r => r.Path).ToList();
            if (others.Count > 0)
            {
                context.Report(MemoryDiagnostics.MalformedRejectedDesign, id.Span, "id '" + id.Value + "' is also used by " + string.Join(", ", others));
            }
        }
    }
}
