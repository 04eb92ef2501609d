using System.Collections.Generic;

namespace Tamer.Spec.Cli.Metrics;

/// <summary>One linted snapshot: the facts of each Work Item by key, and the axes its rules covered, in the engine's order.</summary>
internal sealed record SnapshotFacts(IReadOnlyDictionary<string, WorkItemFacts> Items, IReadOnlyList<string> Axes, string? ConfigurationProblem)
{
    public static SnapshotFacts Empty { get; } = new(new Dictionary<string, WorkItemFacts>(), [], null);
}
