using System.Collections.Generic;

namespace Tamer.Spec.Cli.Metrics;

/// <summary>
/// What the metrics need to know about one Work Item of a snapshot, taken from its lint result:
/// how it is named across snapshots (its id, or its path when it has none), its blob, whether it
/// is done, whether every criterion is falsifiable, whether it is refused and by which axes, and
/// the IDs of the diagnostics that count (warnings and errors).
/// </summary>
internal sealed record WorkItemFacts(
    string Key,
    string Blob,
    bool IsDone,
    bool IsFalsifiable,
    bool IsRefused,
    IReadOnlyList<string> RefusingAxes,
    IReadOnlyList<string> DiagnosticIds);
