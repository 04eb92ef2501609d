using System.Collections.Generic;

namespace Tamer.Spec.Cli.Metrics;

/// <summary>What one worker did in one week (or in the whole period), as the host's ledger records it.</summary>
internal sealed record WorkerWeek(string Week, int Assignments, int Submissions, int DriftRefusals, int Completions, int ScopeRequests);

/// <summary>One worker's weeks (each week of the report, oldest first) and its totals over them.</summary>
internal sealed record WorkerFigures(string Worker, IReadOnlyList<WorkerWeek> Weeks, WorkerWeek Total);
