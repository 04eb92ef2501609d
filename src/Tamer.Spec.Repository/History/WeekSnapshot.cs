using System;

namespace Tamer.Spec.Repository.History;

/// <summary>
/// One week of history: Monday 00:00 UTC to the next Monday, named by its ISO week (2026-W05),
/// and the commit the branch stood at when it ended (null when the branch did not exist yet).
/// </summary>
public sealed record WeekSnapshot(string Week, DateTimeOffset Start, HistoryCommit? Commit);
