using System;
using System.Linq;
using Tamer.Spec.Diagnostics;
using Tamer.Spec.Engine;
using Tamer.Spec.Model;

namespace Tamer.Spec.Cli.Metrics;

/// <summary>
/// Turns a lint result into the facts the metrics count. A Work Item's criteria are all falsifiable
/// when it has at least one and the acceptance axis reports no warning or error about it other than
/// TMR2006 (criteria ids), which says nothing about whether a criterion can be decided. Where the
/// acceptance axis is off, nothing judged the criteria, and no Work Item counts as falsifiable.
/// </summary>
internal static class FactsReader
{
    public const string AcceptanceAxis = "acceptance";
    private const string CriterionIdsDiagnostic = "TMR2006";

    public static WorkItemFacts Read(FileLintResult file, string blob, bool acceptanceJudged)
    {
        var counted = file.Diagnostics.Where(d => d.Severity is DiagnosticSeverity.Error or DiagnosticSeverity.Warning).ToList();
        var workItem = file.Document.WorkItem;
        var falsifiable = acceptanceJudged
            && workItem is not null
            && workItem.AcceptanceCriteria.Count > 0
            && !counted.Any(d => string.Equals(d.Rule.Axis, AcceptanceAxis, StringComparison.Ordinal) && !string.Equals(d.Id, CriterionIdsDiagnostic, StringComparison.Ordinal));
        var refusingAxes = file.Diagnostics
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(d => d.Rule.Axis)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        return new WorkItemFacts(
            file.Id ?? file.Path,
            blob,
            workItem?.Status == WorkItemStatus.Done,
            falsifiable,
            file.IsRefused,
            refusingAxes,
            counted.Select(d => d.Id).ToList());
    }
}
