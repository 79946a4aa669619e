using System.Buffers;
using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using RareNewsSite.Engine;
using RareNewsSite.Engine.Incremental;

namespace RareNewsSite.Pipelines.Values;

/// <summary>
/// Documents and their values by content hash, each distinct one written once: a step that adds one value to a
/// document shares every other value with the document it was given, and its output is kept as one more small record
/// of hashes (or, made with <c>keep: false</c>, only hashed). A value object's hash is remembered as long as the object lives, so a value that many documents share is
/// written once per process, not once per document.
/// </summary>
/// <remarks>
/// A document is kept as its source, destination, and the hashes of its text, its bytes and each metadata value by key.
/// This is the layout the build cache on disk is planned on (see "Not yet: a build cache on disk" in src/README.md);
/// for now it lives in memory, and the <c>cache-size</c> benchmark measures what a build would keep.
/// </remarks>
internal sealed class ContentStore(DocumentCodec codec, bool keep = true) : IContentHasher
{
    private readonly DocumentCodec _codec = codec;
    private readonly ConditionalWeakTable<object, StrongBox<UInt128>> _hashes = [];
    private readonly ConcurrentDictionary<UInt128, byte[]> _blobs = new();

    /// <summary>How many distinct documents and values are kept.</summary>
    public int Count => _blobs.Count;

    /// <summary>Their bytes, all told.</summary>
    public long Bytes => _blobs.Values.Sum(b => (long)b.Length);

    /// <summary>The content hash of <paramref name="document"/>, keeping it and its values.</summary>
    public UInt128 Add(Document document) => HashOf(document, static (store, o) => store.Write((Document)o));

    /// <summary>The content hash of a metadata value, keeping it.</summary>
    public UInt128 AddValue(object value) => HashOf(value, static (store, o) => store.Keep(store._codec.WriteValue(o)));

    private UInt128 HashOf(object o, Func<ContentStore, object, UInt128> write)
    {
        if (_hashes.TryGetValue(o, out var known))
        {
            return known.Value;
        }
        var hash = write(this, o);
        _hashes.AddOrUpdate(o, new StrongBox<UInt128>(hash));
        return hash;
    }

    // [source, destination, text's hash, bytes' hash or null, key, value's hash, key, value's hash…]
    private UInt128 Write(Document document)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            writer.WriteStringValue(document.Source);
            writer.WriteStringValue(document.Destination);
            writer.WriteStringValue(AddValue(document.Content).ToString("x32", CultureInfo.InvariantCulture));
            if (document.Bytes is { } bytes)
            {
                writer.WriteStringValue(Keep(bytes.ToArray()).ToString("x32", CultureInfo.InvariantCulture));
            }
            else
            {
                writer.WriteNullValue();
            }
            foreach (var key in document.Metadata.Keys)
            {
                document.Metadata.TryGetValue(key, out var value);
                writer.WriteStringValue(key);
                writer.WriteStringValue(AddValue(value!).ToString("x32", CultureInfo.InvariantCulture));
            }
            writer.WriteEndArray();
        }
        return Keep(buffer.WrittenSpan.ToArray());
    }

    UInt128 IContentHasher.Hash(Document document) => Add(document);

    UInt128 IContentHasher.HashValue(object value) => AddValue(value);

    private UInt128 Keep(byte[] bytes)
    {
        var hash = DocumentCodec.Hash(bytes);
        if (keep)
        {
            _blobs.TryAdd(hash, bytes);
        }
        return hash;
    }
}
