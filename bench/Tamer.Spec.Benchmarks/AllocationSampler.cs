using System.Diagnostics.Tracing;
using System.Globalization;

namespace Tamer.Spec.Benchmarks;

/// <summary>
/// Which types a phase allocates, sampled in process from the runtime's allocation ticks (one
/// event about every 100 KB allocated, naming the type of the object that crossed the mark), so a
/// phase's allocated bytes can be traced to the code that allocates them.
/// </summary>
public sealed class AllocationSampler : EventListener
{
    private const EventKeywords GarbageCollection = (EventKeywords)0x1;
    private readonly Dictionary<string, long> _bytesByType = new(StringComparer.Ordinal);
    private readonly object _gate = new();

    public void Reset()
    {
        lock (_gate)
        {
            _bytesByType.Clear();
        }
    }

    public void WriteTop(TextWriter output, int count)
    {
        List<KeyValuePair<string, long>> top;
        lock (_gate)
        {
            top = _bytesByType.OrderByDescending(pair => pair.Value).ThenBy(pair => pair.Key, StringComparer.Ordinal).Take(count).ToList();
        }

        foreach (var (type, bytes) in top)
        {
            output.WriteLine(string.Format(CultureInfo.InvariantCulture, "|     {0} | | | {1:F1} | |", type, bytes / 1e6));
        }
    }

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Verbose, GarbageCollection);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        // GCAllocationTick: AllocationAmount (about 100 KB since the last tick) and TypeName.
        if (eventData.EventId != 10 || eventData.Payload is null || eventData.PayloadNames is null)
        {
            return;
        }

        var amount = eventData.PayloadNames.IndexOf("AllocationAmount64") is var at and >= 0 ? Convert.ToInt64(eventData.Payload[at], CultureInfo.InvariantCulture) : 0;
        var type = eventData.PayloadNames.IndexOf("TypeName") is var name and >= 0 ? eventData.Payload[name] as string ?? "?" : "?";
        lock (_gate)
        {
            _bytesByType[type] = _bytesByType.GetValueOrDefault(type) + amount;
        }
    }
}
