using System.Linq;
using Tamer.Spec.Memory;

namespace Tamer.Spec.Rules.Memory;

/// <summary>A rejected-design record: its shape, and an id no other record has (TMR7008).</summary>
internal static class RejectedDesignRecordCheck
{
    public static void Run(RuleContext context, RejectedDesign record)
    {
        foreach (var problem in record.Problems)
        {
            context.Report(MemoryDiagnostics.MalformedRejectedDesign, problem.Span, problem.Message);
        }

        if (record.Id is { } id)
        {
            var others = context.Workspace.RejectedDesigns.Where(r => !ReferenceEquals(r, record) && r.Id?.Value == id.Value).Select(r => r.Path).ToList();
            if (others.Count > 0)
            {
                context.Report(MemoryDiagnostics.MalformedRejectedDesign, id.Span, "id '" + id.Value + "' is also used by " + string.Join(", ", others));
            }
        }
    }
}
