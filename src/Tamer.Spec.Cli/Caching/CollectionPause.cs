using System;
using System.Runtime;

namespace Tamer.Spec.Cli.Caching;

/// <summary>
/// No garbage collection while a run that reuses the cache builds its workspace and lints. Every
/// Work Item rebuilt from the cache lives to the end of the run, so a collection could only copy
/// them from generation to generation; on a 2-core machine that copying, and the fresh memory it
/// touches, cost about a tenth of a second of a 0.7 s run (docs/performance.md, "Cache"). Past the
/// budget, or where the runtime refuses, collections run as usual.
/// </summary>
internal static class CollectionPause
{
    private const long PerFile = 16 * 1024;
    private const long Least = 32L * 1024 * 1024;
    private const long Most = 256L * 1024 * 1024;

    /// <summary>Asks for no collection for a run of <paramref name="files"/> files.</summary>
    public static void Begin(int files)
    {
        try
        {
            GC.TryStartNoGCRegion(Math.Min(Most, Least + (files * PerFile)));
        }
        catch (Exception exception) when (exception is ArgumentOutOfRangeException or InvalidOperationException)
        {
            // Another pause is on, or the budget is more than the runtime gives: collections run.
        }
    }

    /// <summary>Lets collections run again (nothing when no pause is on).</summary>
    public static void End()
    {
        if (GCSettings.LatencyMode != GCLatencyMode.NoGCRegion)
        {
            return;
        }

        try
        {
            GC.EndNoGCRegion();
        }
        catch (InvalidOperationException)
        {
            // The run outgrew the budget and a collection ran: nothing to end.
        }
    }
}
