using System.Diagnostics.CodeAnalysis;

namespace RareNewsSite.Engine;

/// <summary>
/// A document's metadata: a handful of typed values by key, immutable. Kept as one array of key and value pairs
/// rather than a hash tree: a document has fewer than ten keys, and a preview rebuild reads a few of them from
/// every one of 10,000 documents, so one contiguous array scanned by reference (keys are the constants in
/// <see cref="Keys"/>) costs far less than hashing a key and chasing tree nodes spread over the heap.
/// </summary>
public sealed class DocumentMetadata : IEquatable<DocumentMetadata>
{
    private readonly object[] _pairs; // key, value, key, value…

    private DocumentMetadata(object[] pairs) => _pairs = pairs;

    /// <summary>No values.</summary>
    public static DocumentMetadata Empty { get; } = new([]);

    /// <summary>How many values there are.</summary>
    public int Count => _pairs.Length / 2;

    /// <summary>The keys, in the order they were first set.</summary>
    public IEnumerable<string> Keys
    {
        get
        {
            for (var i = 0; i < _pairs.Length; i += 2)
            {
                yield return (string)_pairs[i];
            }
        }
    }

    /// <summary>True when <paramref name="key"/> has a value.</summary>
    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    /// <summary>The value of <paramref name="key"/>, if it has one.</summary>
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object value)
    {
        var at = IndexOf(key);
        value = at >= 0 ? _pairs[at + 1] : null;
        return at >= 0;
    }

    /// <summary>A copy with <paramref name="key"/> set to <paramref name="value"/> (replaced if it had one).</summary>
    public DocumentMetadata SetItem(string key, object value)
    {
        var at = IndexOf(key);
        if (at >= 0 && ReferenceEquals(_pairs[at + 1], value))
        {
            return this;
        }
        var pairs = new object[at >= 0 ? _pairs.Length : _pairs.Length + 2];
        Array.Copy(_pairs, pairs, _pairs.Length);
        if (at < 0)
        {
            at = _pairs.Length;
            pairs[at] = key;
        }
        pairs[at + 1] = value;
        return new DocumentMetadata(pairs);
    }

    /// <summary>A copy without <paramref name="key"/> (this one if it has none).</summary>
    internal DocumentMetadata Remove(string key)
    {
        var at = IndexOf(key);
        if (at < 0)
        {
            return this;
        }
        var pairs = new object[_pairs.Length - 2];
        Array.Copy(_pairs, pairs, at);
        Array.Copy(_pairs, at + 2, pairs, at, _pairs.Length - at - 2);
        return new DocumentMetadata(pairs);
    }

    /// <summary>Equal when both hold the same keys with equal values (values compare with their own equality).</summary>
    public bool Equals(DocumentMetadata? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }
        if (other is null || other._pairs.Length != _pairs.Length)
        {
            return false;
        }
        for (var i = 0; i < _pairs.Length; i += 2)
        {
            var at = other.IndexOf((string)_pairs[i]);
            if (at < 0 || !(ReferenceEquals(_pairs[i + 1], other._pairs[at + 1]) || Equals(_pairs[i + 1], other._pairs[at + 1])))
            {
                return false;
            }
        }
        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as DocumentMetadata);

    /// <inheritdoc />
    public override int GetHashCode() => _pairs.Length;

    private int IndexOf(string key)
    {
        var pairs = _pairs;
        for (var i = 0; i < pairs.Length; i += 2)
        {
            if (ReferenceEquals(pairs[i], key))
            {
                return i;
            }
        }
        for (var i = 0; i < pairs.Length; i += 2)
        {
            if (string.Equals((string)pairs[i], key, StringComparison.Ordinal))
            {
                return i;
            }
        }
        return -1;
    }
}
