using System;
using System.Collections.Generic;
using System.Linq;
using Tamer.Spec.Host.Ledger;
using Tamer.Spec.Repository.History;

namespace Tamer.Spec.Cli.Metrics;

/// <summary>
/// Counts the ledger's events per worker and week of the report: assignments taken, submissions
/// accepted, drift refusals (submissions refused for leaving the scope), completions and scope
/// requests. An event is the worker's when the worker made it (a lead's decision is not counted
/// here), except a review that approved an assignment, which is its worker's completion; events
/// outside the report's weeks are left out. Workers are sorted by name.
/// </summary>
internal static class WorkerFiguresCalculator
{
    public static IReadOnlyList<WorkerFigures> Calculate(IReadOnlyList<LedgerEvent> events, IReadOnlyList<WeekSnapshot> weeks)
    {
        if (weeks.Count == 0)
        {
            return [];
        }

        var start = weeks[0].Start;
        var end = weeks[^1].Start.AddDays(7);
        var owners = events.Where(e => e.Type == LedgerEvent.Assigned).GroupBy(e => e.AssignmentId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Worker, StringComparer.Ordinal);
        var counted = events.Select(e => ApprovedAsCompletion(e, owners)).Where(e => e.At >= start && e.At < end && Counts(e.Type)).ToList();
        return counted.Select(e => e.Worker).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(worker =>
            {
                var mine = counted.Where(e => string.Equals(e.Worker, worker, StringComparison.Ordinal)).ToList();
                var perWeek = weeks.Select(w => Week(w.Week, mine.Where(e => e.At >= w.Start && e.At < w.Start.AddDays(7)))).ToList();
                return new WorkerFigures(worker, perWeek, Week("total", mine));
            })
            .ToList();
    }

    // An approval by a reviewer completes the assignment, as the worker's own complete does without review.
    private static LedgerEvent ApprovedAsCompletion(LedgerEvent entry, IReadOnlyDictionary<string, string> owners) =>
        entry.Type == LedgerEvent.Reviewed && entry.Decision == LedgerEvent.Approved && owners.TryGetValue(entry.AssignmentId, out var owner)
            ? entry with { Type = LedgerEvent.Completed, Worker = owner }
            : entry;

    private static bool Counts(string type) => type is LedgerEvent.Assigned or LedgerEvent.Submitted or LedgerEvent.DriftRefused or LedgerEvent.Completed or LedgerEvent.ScopeRequested;

    private static WorkerWeek Week(string name, IEnumerable<LedgerEvent> events)
    {
        var list = events.ToList();
        int Count(string type) => list.Count(e => string.Equals(e.Type, type, StringComparison.Ordinal));
        return new WorkerWeek(name, Count(LedgerEvent.Assigned), Count(LedgerEvent.Submitted), Count(LedgerEvent.DriftRefused), Count(LedgerEvent.Completed), Count(LedgerEvent.ScopeRequested));
    }
}
