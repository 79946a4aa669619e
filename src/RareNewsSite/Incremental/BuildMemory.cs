using System.Collections.Concurrent;

namespace RareNewsSite.Incremental;

/// <summary>
/// Caches that outlive one build of a preview session, one of each type. Every cache keys its values by what
/// they were computed from, so a value is reused only when its inputs are equal again, whatever happened in
/// between (a failed build included). A change to the settings starts a new, empty memory.
/// </summary>
public sealed class BuildMemory
{
    private readonly ConcurrentDictionary<Type, object> _caches = new();

    /// <summary>The session's cache of type <typeparamref name="T"/>, created on first use.</summary>
    public T Get<T>() where T : class, new() => (T)_caches.GetOrAdd(typeof(T), static _ => new T());

    /// <summary>What the per-document steps of the last good build were given and made, by position.</summary>
    public StepRuns Steps { get; } = new();

    /// <summary>A build has run its pipelines: caches drop what the last builds did not use (see <see cref="ISweepable"/>).</summary>
    public void Sweep()
    {
        // A document handed on by position is not looked up in its step's memo, but the memo must keep it for the
        // day positions shift (an article added): what the last good build's steps were given stays.
        var alive = new Lazy<IReadOnlySet<object>>(() => Steps.Inputs().ToHashSet<object>(ReferenceEqualityComparer.Instance));
        foreach (var cache in _caches.Values.OfType<ISweepable>())
        {
            cache.Sweep(alive);
        }
    }
}
