namespace RareNewsSite.Engine.Incremental;

/// <summary>
/// With <c>RARENEWS_TRACE=1</c> set, cached steps tell on standard error how many documents they made anew and, for a
/// document they had made before, which read made them do it again: the first thing to look at when a rebuild is slow.
/// </summary>
internal static class StepTrace
{
    public static bool On { get; } = Environment.GetEnvironmentVariable("RARENEWS_TRACE") is { Length: > 0 };

    public static void Ran(string step, string module, int made, int of, TimeSpan took) =>
        Console.Error.WriteLine($"trace: {step} {module}: {made} of {of} made anew in {took.TotalMilliseconds:0.0} ms");

    private static (int, int, int, TimeSpan) _collected;

    // Garbage collections since the last build: a pause of a big heap shows up in every step's time.
    public static void Built(TimeSpan pipelines, TimeSpan publishing)
    {
        var now = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());
        var (g0, g1, g2, paused) = _collected;
        _collected = now;
        Console.Error.WriteLine($"trace: pipelines {pipelines.TotalMilliseconds:0} ms, publishing {publishing.TotalMilliseconds:0} ms; " +
            $"collections {now.Item1 - g0}/{now.Item2 - g1}/{now.Item3 - g2} (gen 0/1/2) paused {(now.Item4 - paused).TotalMilliseconds:0} ms; " +
            $"heap after the last full collection {GC.GetGCMemoryInfo(GCKind.FullBlocking).HeapSizeBytes >> 20} MiB, after the last of any kind {GC.GetGCMemoryInfo(GCKind.Any).HeapSizeBytes >> 20} MiB");
    }

    /// <summary>Says why an incremental build did not reuse a step's last run.</summary>
    public static void NotReused(string steps, string why) => Console.Error.WriteLine($"trace: {steps} made again: {why}");

    /// <summary>How long the build has taken when it reaches <paramref name="phase"/>, and its memory then.</summary>

    public static void Phase(string phase, long started)
    {
        if (On)
        {
            Console.Error.WriteLine($"trace: {phase} done at {System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds:0.0} ms; heap {GC.GetTotalMemory(false) >> 20} MiB, peak {System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64 >> 20} MiB; " +
                $"allocated {GC.GetTotalAllocatedBytes() >> 20} MiB, collections {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} (gen 0/1/2) paused {GC.GetTotalPauseDuration().TotalMilliseconds:0} ms; " +
                $"{System.Runtime.JitInfo.GetCompiledMethodCount()} methods compiled in {System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds:0} ms");
        }
    }

    private static readonly long ProcessStarted = System.Diagnostics.Stopwatch.GetTimestamp();

    /// <summary>
    /// When a pipeline's phase ran, from <paramref name="began"/> to now, in milliseconds since the process started, with
    /// the managed heap and the process's peak memory so far: where the wall time and the memory of a build go, and which
    /// phases ran side by side and which alone.
    /// </summary>
    public static void Span(string what, long began)
    {
        if (On)
        {
            var from = System.Diagnostics.Stopwatch.GetElapsedTime(ProcessStarted, began).TotalMilliseconds;
            var to = System.Diagnostics.Stopwatch.GetElapsedTime(ProcessStarted).TotalMilliseconds;
            Console.Error.WriteLine($"trace: {what} ran {from:0} to {to:0} ms ({to - from:0} ms); heap {GC.GetTotalMemory(false) >> 20} MiB, peak {System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64 >> 20} MiB");
        }
    }

    /// <summary>Which of <paramref name="reads"/> gives something else now: why <paramref name="what"/> is made again.</summary>
    public static void Why(string step, string what, ReadSet reads, BuildState state)
    {
        for (var r = 0; r < reads.Reads.Length; r++)
        {
            if (!state.StillSame(reads.Reads[r], reads.Values[r]))
            {
                Console.Error.WriteLine($"trace: {step} {what}: {reads.Reads[r]} changed");
                return;
            }
        }
    }
}
