using System;
using System.Linq;
using Tamer.Spec.Diagnostics;
using Tamer.Spec.Engine;
using Tamer.Spec.Host.Assignments;
using Tamer.Spec.Host.WorkItems;
using Tamer.Spec.Model;

namespace Tamer.Spec.Host.Metrics;

/// <summary>
/// The host's current figures, from the state it serves (the same the API answers from): the
/// ledger's events by type and worker, its last event number, the assignments by status, and the
/// Work Items served by status, refused, and refused by axis.
/// </summary>
internal static class HostMetrics
{
    public static string Write(GateView view, LintEngine engine)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(engine);
        var text = new PrometheusText();
        var book = view.Book;

        text.Family("tamer_ledger_events_total", "counter", "Events in the ledger, by type and by the worker who made them (a lead for a decision).");
        foreach (var ((type, worker), count) in book.Tally.Counts)
        {
            text.Sample("tamer_ledger_events_total", count, ("type", type), ("worker", worker));
        }

        text.Family("tamer_ledger_last_sequence", "gauge", "The number of the last event in the ledger (0 for none).");
        text.Sample("tamer_ledger_last_sequence", book.LastSequence);

        var lints = view.LintAll();
        text.Family("tamer_work_items", "gauge", "Work Items the host serves, by status (the ledger's for an assigned Work Item).");
        foreach (var group in lints.GroupBy(r => StatusOf(r.Document.WorkItem?.Status, r.Id, book)).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            text.Sample("tamer_work_items", group.Count(), ("status", group.Key));
        }

        text.Family("tamer_work_items_refused", "gauge", "Work Items the gate refuses now.");
        text.Sample("tamer_work_items_refused", lints.Count(r => r.IsRefused));

        text.Family("tamer_work_items_refused_by_axis", "gauge", "Work Items the gate refuses now, by an axis that reports an error about them (a Work Item refused by two axes counts for each).");
        var axes = engine.SelectRules(view.Files.Configuration).Rules.Select(r => r.Reference.Axis).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        foreach (var axis in axes)
        {
            var refused = lints.Count(r => r.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error && string.Equals(d.Rule.Axis, axis, StringComparison.Ordinal)));
            text.Sample("tamer_work_items_refused_by_axis", refused, ("axis", axis));
        }

        return text.ToString();
    }

    private static string StatusOf(WorkItemStatus? fileStatus, string? id, AssignmentBook book) =>
        id is not null && book.LatestFor(id) is { } assignment
            ? WorkItemFormat.ToValue(assignment.Status)
            : fileStatus is { } status and not WorkItemStatus.Unknown ? WorkItemFormat.ToValue(status) : "unknown";
}
