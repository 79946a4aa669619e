using System.Collections.Concurrent;

namespace RareNewsSite.Incremental;

/// <summary>
/// For whole-site outputs (a feed, the sitemap, the related-article lists): the last value made in each slot,
/// with the key it was made from. It is reused while the key is equal, so a value is never stale whatever
/// happened in between; a new key replaces it.
/// </summary>
public sealed class LatestValues
{
    private readonly ConcurrentDictionary<string, (object Key, object Value)> _slots = new(StringComparer.Ordinal);

    /// <summary>The value kept in <paramref name="slot"/> if it was made from a key equal to <paramref name="key"/>.</summary>
    public TValue? Get<TValue>(string slot, object key) where TValue : class =>
        _slots.TryGetValue(slot, out var kept) && kept.Key.Equals(key) ? kept.Value as TValue : null;

    /// <summary>Keeps <paramref name="value"/>, made from <paramref name="key"/>, in <paramref name="slot"/>.</summary>
    public void Set(string slot, object key, object value) => _slots[slot] = (key, value);

    /// <summary>
    /// The value of <paramref name="slot"/> for the key <paramref name="key"/> makes: the kept one, or a new one
    /// from <paramref name="compute"/>. Without a memory (a plain build) it only computes, and makes no key.
    /// </summary>
    public static TValue GetOrCompute<TValue>(BuildMemory? memory, string slot, Func<object> key, Func<TValue> compute) where TValue : class
    {
        if (memory is null)
        {
            return compute();
        }
        var values = memory.Get<LatestValues>();
        var made = key();
        var value = values.Get<TValue>(slot, made) ?? compute();
        values.Set(slot, made, value);
        return value;
    }
}
