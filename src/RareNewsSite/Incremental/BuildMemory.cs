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

    /// <summary>A build has run its pipelines: caches drop what the last builds did not use (see <see cref="ISweepable"/>).</summary>
    public void Sweep()
    {
        foreach (var cache in _caches.Values.OfType<ISweepable>())
        {
            cache.Sweep();
        }
    }
}
