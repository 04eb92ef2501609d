using System;
using System.Collections.Generic;

namespace Tamer.Spec.Cli.Metrics;

/// <summary>
/// Everything a metrics report says: the history it read (the commit it ended at, the first
/// week), how snapshots were configured, the axes, each week's figures, and, when a host's ledger
/// was read, each worker's (null otherwise). Only
/// <see cref="GeneratedAt"/> depends on when it was made.
/// </summary>
internal sealed record MetricsReport(
    DateTimeOffset GeneratedAt,
    string Until,
    bool AsOfThen,
    IReadOnlyList<string> Axes,
    IReadOnlyList<WeekFigures> Weeks,
    IReadOnlyList<WorkerFigures>? Workers)
{
    /// <summary>The version of the JSON shape.</summary>
    public const int Version = 1;
}
