using System.Collections.Concurrent;
using RareNewsSite.Diagnostics;

namespace RareNewsSite.Incremental;

/// <summary>
/// Remembers what a step computed from an input object, keyed by that object's identity plus an extra key that
/// must be equal as well, together with the diagnostics the step reported (they are reported again on a hit).
/// A memoised step hands back the very same object for the same input, so the next step's input is identical
/// too and its memo hits as well: an unchanged file flows through parse, render and view without work.
/// </summary>
/// <remarks>
/// Entries are held strongly and swept (<see cref="Sweep"/>): every few builds, an entry nobody asked for in
/// those builds goes. A <c>ConditionalWeakTable</c> would free them by itself, but every entry of one is a
/// dependent handle that each garbage collection walks, and a 10,000-article preview has hundreds of thousands.
/// </remarks>
public abstract class IdentityMemo<TKey, TValue> : ISweepable where TKey : class where TValue : class
{
    private readonly ConcurrentDictionary<TKey, Entry> _entries = new(ReferenceEqualityComparer.Instance);
    private int _generation;

    /// <summary>
    /// The value remembered for <paramref name="key"/> and <paramref name="extra"/>, or the one
    /// <paramref name="compute"/> makes now (it reports to the bag it is given, never to the build's own).
    /// </summary>
    public TValue? GetOrCompute(TKey key, object? extra, DiagnosticBag diagnostics, Func<DiagnosticBag, TValue?> compute)
    {
        var value = GetOrCompute(key, extra, out var reported, compute);
        if (reported.Count > 0)
        {
            diagnostics.AddRange(reported);
        }
        return value;
    }

    /// <summary>Like the other overload, but hands the diagnostics to the caller instead of reporting them.</summary>
    public TValue? GetOrCompute(TKey key, object? extra, out IReadOnlyList<Diagnostic> reported, Func<DiagnosticBag, TValue?> compute)
    {
        if (Hit(key, extra) is { } entry)
        {
            reported = entry.Diagnostics;
            return entry.Value;
        }
        var own = new DiagnosticBag();
        var value = compute(own);
        reported = own.ToSortedList();
        _entries[key] = new Entry(extra, value, reported) { Used = _generation };
        return value;
    }

    /// <summary>The value remembered for <paramref name="key"/> and <paramref name="extra"/>, if any (for a step that reports nothing).</summary>
    public TValue? Find(TKey key, object? extra) => Hit(key, extra)?.Value;

    // The entry for key and extra, marked as used by this build, or null.
    private Entry? Hit(TKey key, object? extra)
    {
        if (!_entries.TryGetValue(key, out var entry) || !ReferenceEquals(entry.Extra, extra) && !Equals(entry.Extra, extra))
        {
            return null;
        }
        entry.Used = _generation;
        return entry;
    }

    /// <summary>Remembers <paramref name="value"/> for <paramref name="key"/> and <paramref name="extra"/> (for a step that reports nothing).</summary>
    public void Set(TKey key, object? extra, TValue value) => _entries[key] = new Entry(extra, value, []) { Used = _generation };

    /// <summary>Builds between two sweeps: each build adds entries only for what changed, and a sweep walks them all.</summary>
    private const int SweepEvery = 8;

    /// <inheritdoc />
    public void Sweep(Lazy<IReadOnlySet<object>> alive)
    {
        var generation = _generation;
        if (generation % SweepEvery == SweepEvery - 1)
        {
            foreach (var (key, entry) in _entries)
            {
                if (entry.Used <= generation - SweepEvery && !alive.Value.Contains(key))
                {
                    _entries.TryRemove(key, out _);
                }
            }
        }
        _generation = generation + 1;
    }

    private sealed record Entry(object? Extra, TValue? Value, IReadOnlyList<Diagnostic> Diagnostics)
    {
        public int Used { get; set; }
    }
}

/// <summary>A cache that drops what the last builds did not use; <see cref="BuildMemory"/> sweeps them after every build.</summary>
public interface ISweepable
{
    /// <summary>Ends a build: now and then drops the entries the last builds did not use, except those keyed by <paramref name="alive"/>.</summary>
    void Sweep(Lazy<IReadOnlySet<object>> alive);
}

/// <summary>Runs a step through its memo in preview, or straight away in a plain build (which has no memory).</summary>
public static class Memoized
{
    /// <summary>The memo of type <typeparamref name="TMemo"/> for <paramref name="key"/>, or <paramref name="compute"/> without one.</summary>
    public static TValue? Get<TMemo, TKey, TValue>(BuildMemory? memory, TKey key, object? extra, DiagnosticBag diagnostics, Func<DiagnosticBag, TValue?> compute)
        where TMemo : IdentityMemo<TKey, TValue>, new() where TKey : class where TValue : class =>
        memory is null ? compute(diagnostics) : memory.Get<TMemo>().GetOrCompute(key, extra, diagnostics, compute);
}

/// <summary>An extra memo key made of objects compared by identity, in order (equal strings count as equal).</summary>
public sealed class SameObjects(params object?[] items) : IEquatable<SameObjects>
{
    private readonly object?[] _items = items;

    /// <inheritdoc />
    public bool Equals(SameObjects? other)
    {
        // A plain loop: every unchanged article compares one of these on every preview build.
        if (other is null || other._items.Length != _items.Length)
        {
            return false;
        }
        for (var i = 0; i < _items.Length; i++)
        {
            if (!ReferenceEquals(_items[i], other._items[i]) && !(_items[i] is string && Equals(_items[i], other._items[i])))
            {
                return false;
            }
        }
        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as SameObjects);

    /// <inheritdoc />
    public override int GetHashCode() => _items.Length;
}
