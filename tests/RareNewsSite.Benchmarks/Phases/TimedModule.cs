using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;
using RareNewsSite.Engine;

namespace RareNewsSite.Benchmarks.Phases;

/// <summary>Wraps a module and adds its wall time to a shared tally, keyed by pipeline, phase and module.</summary>
internal sealed class TimedModule(IModule inner, string key, ConcurrentDictionary<string, TimeSpan> tally) : IModule
{
    public async Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var result = await inner.ExecuteAsync(inputs, context, cancellationToken);
        tally.AddOrUpdate(key, stopwatch.Elapsed, (_, total) => total + stopwatch.Elapsed);
        return result;
    }
}
