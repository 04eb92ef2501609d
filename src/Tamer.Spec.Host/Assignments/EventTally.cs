using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace Tamer.Spec.Host.Assignments;

/// <summary>
/// How many events of each type each worker made, counted as the events are applied: what the
/// <c>/metrics</c> endpoint reports, always in step with the state it serves. Immutable.
/// </summary>
internal sealed class EventTally
{
    public static readonly EventTally Empty = new(ImmutableSortedDictionary.Create<(string Type, string Worker), long>(Comparer));

    private static readonly IComparer<(string Type, string Worker)> Comparer = Comparer<(string Type, string Worker)>.Create((a, b) =>
    {
        var byType = string.CompareOrdinal(a.Type, b.Type);
        return byType != 0 ? byType : string.CompareOrdinal(a.Worker, b.Worker);
    });

    private readonly ImmutableSortedDictionary<(string Type, string Worker), long> _counts;

    private EventTally(ImmutableSortedDictionary<(string Type, string Worker), long> counts)
    {
        _counts = counts;
    }

    /// <summary>Each (type, worker) with its count, sorted by type, then worker (ordinal).</summary>
    public IEnumerable<KeyValuePair<(string Type, string Worker), long>> Counts => _counts;

    public EventTally Add(string type, string worker)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(worker);
        return new EventTally(_counts.SetItem((type, worker), _counts.GetValueOrDefault((type, worker)) + 1));
    }
}
