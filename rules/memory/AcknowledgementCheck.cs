using System;
using System.Collections.Generic;
using System.Linq;
using Tamer.Spec.Yaml;

namespace Tamer.Spec.Rules.Memory;

/// <summary>
/// TMR7010: each <c>acknowledges:</c> entry is a map <c>{id, reason}</c> naming a record of the
/// rejected-designs log, with a reason. Returns the ids acknowledged soundly: TMR7009 stays silent
/// for those records.
/// </summary>
internal static class AcknowledgementCheck
{
    public static ISet<string> Run(RuleContext context)
    {
        var acknowledged = new HashSet<string>(StringComparer.Ordinal);
        if (context.WorkItem.Frontmatter?.Find("acknowledges") is not { } entry)
        {
            return acknowledged;
        }

        switch (entry.Value)
        {
            case YamlScalar { IsNull: true }:
                return acknowledged;
            case YamlSequence list:
                foreach (var item in list.Items)
                {
                    Check(context, item, acknowledged);
                }

                return acknowledged;
            default:
                context.Report(MemoryDiagnostics.InvalidAcknowledgement, entry.Value.Span, "'acknowledges' must be a list of {id, reason}, found " + entry.Value.KindDescription);
                return acknowledged;
        }
    }

    private static void Check(RuleContext context, YamlNode item, ISet<string> acknowledged)
    {
        if (item is not YamlMapping map)
        {
            context.Report(MemoryDiagnostics.InvalidAcknowledgement, item.Span, "write {id: RD-…, reason: why the Work Item goes ahead anyway}, found " + item.KindDescription);
            return;
        }

        var id = (map.Find("id")?.Value as YamlScalar) is { IsNull: false } idScalar ? idScalar.Value.Trim() : null;
        var reason = (map.Find("reason")?.Value as YamlScalar) is { IsNull: false } reasonScalar ? reasonScalar.Value.Trim() : null;
        if (map.Entries.FirstOrDefault(e => e.KeyText is not "id" and not "reason") is { } unknown)
        {
            context.Report(MemoryDiagnostics.InvalidAcknowledgement, unknown.Key.Span, "unknown key '" + (unknown.KeyText ?? unknown.Key.KindDescription) + "'; the keys are id and reason");
        }

        if (string.IsNullOrEmpty(id))
        {
            context.Report(MemoryDiagnostics.InvalidAcknowledgement, map.Span, "no 'id'; name the rejected-design record");
            return;
        }

        if (!RejectedDesignRecordCheck.ById(context).Contains(id!))
        {
            context.Report(MemoryDiagnostics.InvalidAcknowledgement, map.Span, "'" + id + "' is not a record of the rejected-designs log");
            return;
        }

        if (string.IsNullOrEmpty(reason))
        {
            context.Report(MemoryDiagnostics.InvalidAcknowledgement, map.Span, "'" + id + "' has no reason; say why the Work Item goes ahead although the design was rejected");
            return;
        }

        acknowledged.Add(id!);
    }
}
