using System.Buffers;
using System.IO.Hashing;
using System.Text.Json;
using Markdig;
using RareNewsSite.Engine;

namespace RareNewsSite.Pipelines.Values;

/// <summary>
/// Writes a document as bytes and reads it back, for the build cache on disk: its source, destination, text, bytes and
/// every metadata value, each value with the name of its type. Two equal documents are written as the same bytes, so
/// the bytes' hash (<see cref="Hash"/>) is the document's content hash, the same in every process.
/// </summary>
internal sealed class DocumentCodec : Engine.Incremental.IValueCodec
{
    private readonly AnyValueConverter _values;
    private readonly JsonSerializerOptions _options;

    /// <param name="markdown">The build's Markdown pipeline, with which a parsed file read back is parsed again when asked.</param>
    public DocumentCodec(MarkdownPipeline markdown)
    {
        _values = new AnyValueConverter(markdown);
        _options = new(CachedValuesJsonContext.Default.Options) { Converters = { _values } };
        foreach (var converter in CachedValueTypes.ListOfStructConverters)
        {
            _options.Converters.Add(converter);
        }
        _options.MakeReadOnly();
    }

    /// <summary>The bytes of <paramref name="document"/>.</summary>
    /// <exception cref="NotSupportedException">The document holds a value of a type that cannot be kept (a bug).</exception>
    public byte[] Write(Document document)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { SkipValidation = true }))
        {
            writer.WriteStartArray();
            writer.WriteStringValue(document.Source);
            writer.WriteStringValue(document.Destination);
            writer.WriteStringValue(document.Content);
            if (document.Bytes is { } bytes)
            {
                writer.WriteBase64StringValue(bytes.Span);
            }
            else
            {
                writer.WriteNullValue();
            }
            foreach (var key in document.Metadata.Keys)
            {
                document.Metadata.TryGetValue(key, out var value);
                writer.WriteStringValue(key);
                _values.Write(writer, value!, _options);
            }
            writer.WriteEndArray();
        }
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>The document written as <paramref name="bytes"/>.</summary>
    /// <exception cref="JsonException">The bytes are not a document this program wrote.</exception>
    public Document Read(ReadOnlySpan<byte> bytes)
    {
        var reader = new Utf8JsonReader(bytes);
        Expect(reader.Read() && reader.TokenType == JsonTokenType.StartArray);
        reader.Read();
        var source = reader.GetString();
        reader.Read();
        var destination = reader.GetString();
        reader.Read();
        var content = reader.GetString()!;
        reader.Read();
        // Typed on both sides: a null literal would become an empty ReadOnlyMemory through its conversion from arrays.
        var data = reader.TokenType == JsonTokenType.Null ? (ReadOnlyMemory<byte>?)null : reader.GetBytesFromBase64();
        var metadata = DocumentMetadata.Empty;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var key = string.Intern(reader.GetString()!);
            reader.Read();
            metadata = metadata.SetItem(key, _values.Read(ref reader, typeof(object), _options)!);
        }
        return new Document { Source = source, Destination = destination, Content = content, Bytes = data, Metadata = metadata };
    }

    /// <summary>The bytes of one value: its type's name and the value.</summary>
    /// <exception cref="NotSupportedException">The value is of a type that cannot be kept (a bug).</exception>
    public byte[] WriteValue(object value)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { SkipValidation = true }))
        {
            _values.Write(writer, value, _options);
        }
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>The value written as <paramref name="bytes"/> by <see cref="WriteValue"/>.</summary>
    /// <exception cref="JsonException">The bytes are not a value this program wrote.</exception>
    public object ReadValue(byte[] bytes)
    {
        var reader = new Utf8JsonReader(bytes);
        reader.Read();
        return _values.Read(ref reader, typeof(object), _options)!;
    }

    /// <summary>The content hash of a document's bytes: equal documents, equal hashes, in any process.</summary>
    public static UInt128 Hash(ReadOnlySpan<byte> bytes) => XxHash128.HashToUInt128(bytes);

    private static void Expect(bool condition)
    {
        if (!condition)
        {
            throw new JsonException("not a cached document");
        }
    }
}
