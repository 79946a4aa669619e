using System.Text.Json;
using System.Text.Json.Serialization;
using RareNewsSite.Diagnostics;

namespace RareNewsSite.Content;

/// <summary>
/// Where each front matter key of a file was written, for diagnostics found after parsing. A file has a dozen keys, so
/// they are kept as two arrays in the order written and found by looking at each: cheaper to make for every article
/// than a hash table, and code of our own, compiled ahead of time (a framework dictionary of a struct such as
/// <see cref="SourceSpan"/> is compiled just in time at every start). Equal when the same keys sit at the same places.
/// </summary>
[JsonConverter(typeof(Json))]
public sealed class KeySpans : IEquatable<KeySpans>
{
    private readonly string[] _keys;
    private readonly SourceSpan[] _spans;

    internal KeySpans(string[] keys, SourceSpan[] spans) => (_keys, _spans) = (keys, spans);

    /// <summary>No keys.</summary>
    public static KeySpans Empty { get; } = new([], []);

    /// <summary>How many keys there are.</summary>
    public int Count => _keys.Length;

    /// <summary>True when the file has <paramref name="key"/>.</summary>
    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    /// <summary>Where <paramref name="key"/> was written, when the file has it.</summary>
    public bool TryGetValue(string key, out SourceSpan span)
    {
        var at = IndexOf(key);
        span = at >= 0 ? _spans[at] : default;
        return at >= 0;
    }

    /// <inheritdoc />
    public bool Equals(KeySpans? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }
        if (other is null || other._keys.Length != _keys.Length)
        {
            return false;
        }
        for (var i = 0; i < _keys.Length; i++)
        {
            if (!string.Equals(_keys[i], other._keys[i], StringComparison.Ordinal) || _spans[i] != other._spans[i])
            {
                return false;
            }
        }
        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as KeySpans);

    /// <inheritdoc />
    public override int GetHashCode() => _keys.Length;

    private int IndexOf(string key)
    {
        for (var i = 0; i < _keys.Length; i++)
        {
            if (string.Equals(_keys[i], key, StringComparison.Ordinal))
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>Keeps the keys in the build cache as one JSON array: key, line, column, key, line, column… (the file is the one the document came from).</summary>
    internal sealed class Json : JsonConverter<KeySpans>
    {
        public override KeySpans Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.StartArray || !reader.Read())
            {
                throw new JsonException("key positions must be a JSON array");
            }
            var path = reader.GetString()!;
            var (keys, spans) = (new List<string>(), new List<SourceSpan>());
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                keys.Add(reader.GetString()!);
                reader.Read();
                var line = reader.GetInt32();
                reader.Read();
                spans.Add(new SourceSpan(path, line, reader.GetInt32()));
            }
            return keys.Count == 0 ? Empty : new KeySpans([.. keys], [.. spans]);
        }

        public override void Write(Utf8JsonWriter writer, KeySpans value, JsonSerializerOptions options)
        {
            writer.WriteStartArray();
            writer.WriteStringValue(value._spans.Length > 0 ? value._spans[0].Path : "");
            for (var i = 0; i < value._keys.Length; i++)
            {
                writer.WriteStringValue(value._keys[i]);
                writer.WriteNumberValue(value._spans[i].Line);
                writer.WriteNumberValue(value._spans[i].Column);
            }
            writer.WriteEndArray();
        }
    }
}
