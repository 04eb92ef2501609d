using System;

namespace Tamer.Spec.Repository.History;

/// <summary>A commit of a branch's history: its id and its committer date.</summary>
public sealed record HistoryCommit(string Id, DateTimeOffset CommittedAt);
