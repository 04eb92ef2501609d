using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;

namespace Tamer.Spec.HostLoad;

/// <summary>Requests of one kind sent by many clients at once; latencies and status codes kept.</summary>
internal sealed class LoadRun
{
    private readonly ConcurrentBag<double> _latencies = new();
    private readonly ConcurrentDictionary<int, int> _statuses = new();
    private int _failures;

    public LoadRun(string name)
    {
        Name = name;
    }

    public string Name { get; }

    public TimeSpan Elapsed { get; private set; }

    public int ServerErrors => _statuses.Where(s => s.Key >= 500).Sum(s => s.Value) + _failures;

    /// <summary>Runs <paramref name="clients"/> loops of <paramref name="send"/> until it returns null or the time is up.</summary>
    public async Task RunAsync(int clients, TimeSpan limit, Func<int, long, Task<HttpStatusCode>?> send)
    {
        var clock = Stopwatch.StartNew();
        long next = -1;
        var loops = Enumerable.Range(0, clients).Select(client => Task.Run(async () =>
        {
            while (clock.Elapsed < limit)
            {
                var request = send(client, Interlocked.Increment(ref next));
                if (request is null)
                {
                    return;
                }

                var started = Stopwatch.GetTimestamp();
                try
                {
                    var status = await request.ConfigureAwait(false);
                    _latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    _statuses.AddOrUpdate((int)status, 1, (_, n) => n + 1);
                }
                catch (HttpRequestException)
                {
                    Interlocked.Increment(ref _failures);
                }
            }
        })).ToList();
        await Task.WhenAll(loops).ConfigureAwait(false);
        Elapsed = clock.Elapsed;
    }

    public string Report()
    {
        var sorted = _latencies.Order().ToArray();
        double Percentile(double p) => sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
        var statuses = string.Join(", ", _statuses.OrderBy(s => s.Key).Select(s => s.Key + ": " + s.Value));
        return string.Format(
            CultureInfo.InvariantCulture,
            "{0}: {1:N0} requests in {2:F1} s = {3:N0}/s; p50 {4:F2} ms, p99 {5:F2} ms, max {6:F2} ms; statuses {7}; failed connections {8}",
            Name,
            sorted.Length,
            Elapsed.TotalSeconds,
            sorted.Length / Elapsed.TotalSeconds,
            Percentile(0.50),
            Percentile(0.99),
            sorted.Length == 0 ? 0 : sorted[^1],
            statuses,
            _failures);
    }
}
