using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;
using RareNewsSite.Engine;

namespace RareNewsSite.Benchmarks.Phases;

/// <summary>
/// Wraps a module and adds its wall time to a shared tally, keyed by pipeline, phase and module; when given
/// <paramref name="runs"/>, it also keeps the module with its last inputs and context there, so it can be run
/// again on its own after the build.
/// </summary>
internal sealed class TimedModule(IModule inner, string key, ConcurrentDictionary<string, TimeSpan> tally,
    ConcurrentDictionary<string, TimedModule.Run>? runs = null) : IModule
{
    /// <summary>A module as it ran: what it was given.</summary>
    public sealed record Run(IModule Module, ImmutableArray<Document> Inputs, BuildContext Context);

    public async Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var result = await inner.ExecuteAsync(inputs, context, cancellationToken);
        tally.AddOrUpdate(key, stopwatch.Elapsed, (_, total) => total + stopwatch.Elapsed);
        runs?.TryAdd(key, new Run(inner, inputs, context));
        return result;
    }
}
