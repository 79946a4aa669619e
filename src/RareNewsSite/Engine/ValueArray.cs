using System.Collections;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace RareNewsSite.Engine;

/// <summary>
/// An immutable list with value equality: two lists are equal when they hold equal items in the same order.
/// Records holding lists use it so that their own equality (the engine's test of "nothing changed") holds.
/// </summary>
[CollectionBuilder(typeof(ValueArray), nameof(ValueArray.Create))]
[System.Text.Json.Serialization.JsonConverter(typeof(ValueArrayJsonConverter))]
public readonly struct ValueArray<T> : IReadOnlyList<T>, IList, IEquatable<ValueArray<T>>
{
    private readonly ImmutableArray<T> _items;

    /// <summary>Wraps <paramref name="items"/>.</summary>
    public ValueArray(ImmutableArray<T> items) => _items = items;

    private ImmutableArray<T> Items => _items.IsDefault ? [] : _items;

    /// <inheritdoc />
    public T this[int index] => Items[index];

    /// <inheritdoc />
    public int Count => Items.Length;

    /// <inheritdoc />
    public bool Equals(ValueArray<T> other)
    {
        var (a, b) = (Items, other.Items);
        if (a == b)
        {
            return true;
        }
        if (a.Length != b.Length)
        {
            return false;
        }
        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < a.Length; i++)
        {
            if (!comparer.Equals(a[i], b[i]))
            {
                return false;
            }
        }
        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ValueArray<T> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in Items)
        {
            hash.Add(item);
        }
        return hash.ToHashCode();
    }

    /// <inheritdoc />
    public ImmutableArray<T>.Enumerator GetEnumerator() => Items.GetEnumerator();

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)Items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable)Items).GetEnumerator();

    /// <summary>Equal when both hold equal items.</summary>
    public static bool operator ==(ValueArray<T> left, ValueArray<T> right) => left.Equals(right);

    /// <summary>Not equal when an item differs.</summary>
    public static bool operator !=(ValueArray<T> left, ValueArray<T> right) => !left.Equals(right);

    /// <summary>Wraps an immutable array.</summary>
    public static implicit operator ValueArray<T>(ImmutableArray<T> items) => new(items);

    /// <summary>Wraps a copy of an array (collection expressions).</summary>
    public static implicit operator ValueArray<T>(T[] items) => new([.. items]);

    /// <summary>Wraps a copy of a list.</summary>
    public static implicit operator ValueArray<T>(List<T> items) => new([.. items]);

    // Scriban indexes and counts lists through the non-generic IList; the list is read-only.
    bool IList.IsFixedSize => true;
    bool IList.IsReadOnly => true;
    object? IList.this[int index] { get => Items[index]; set => throw new NotSupportedException(); }
    bool ICollection.IsSynchronized => false;
    object ICollection.SyncRoot => this;
    int IList.Add(object? value) => throw new NotSupportedException();
    void IList.Clear() => throw new NotSupportedException();
    bool IList.Contains(object? value) => value is T item && Items.Contains(item);
    int IList.IndexOf(object? value) => value is T item ? Items.IndexOf(item) : -1;
    void IList.Insert(int index, object? value) => throw new NotSupportedException();
    void IList.Remove(object? value) => throw new NotSupportedException();
    void IList.RemoveAt(int index) => throw new NotSupportedException();
    void ICollection.CopyTo(Array array, int index) => ((ICollection)Items.ToArray()).CopyTo(array, index);
}

/// <summary>Makes <see cref="ValueArray{T}"/>s from collection expressions.</summary>
public static class ValueArray
{
    /// <summary>A list of <paramref name="items"/>.</summary>
    public static ValueArray<T> Create<T>(ReadOnlySpan<T> items) => new([.. items]);
}
