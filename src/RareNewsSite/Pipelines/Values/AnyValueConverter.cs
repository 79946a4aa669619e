using System.Text.Json;
using System.Text.Json.Serialization;
using Markdig;
using RareNewsSite.Content;
using RareNewsSite.Engine;
using RareNewsSite.Markdown.Images;

namespace RareNewsSite.Pipelines.Values;

/// <summary>
/// Writes a value whose place is typed <c>object</c> as <c>[type name, value]</c> and reads it back as that type. A parsed
/// Markdown file is written as what it was made from (its path, text and images' addresses) and parsed again, with
/// <paramref name="markdown"/>, only when a step asks for its tree.
/// </summary>
internal sealed class AnyValueConverter(MarkdownPipeline markdown) : JsonConverter<object>
{
    private const string Released = "released";
    private static readonly string ParsedName = CachedValueTypes.Name(typeof(ParsedMarkdown));

    public override bool HandleNull => true;

    public override object? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }
        if (reader.TokenType != JsonTokenType.StartArray || !reader.Read())
        {
            throw new JsonException("a value must be written as [type, value]");
        }
        var name = reader.GetString()!;
        reader.Read();
        object? value;
        if (name == Released)
        {
            value = ReleasedValue.Instance;
        }
        else if (name == ParsedName)
        {
            value = ReadParsed(ref reader);
        }
        else
        {
            value = JsonSerializer.Deserialize(ref reader, options.GetTypeInfo(CachedValueTypes.Of(name)));
        }
        reader.Read();
        return reader.TokenType == JsonTokenType.EndArray ? value : throw new JsonException("a value must be written as [type, value]");
    }

    public override void Write(Utf8JsonWriter writer, object? value, JsonSerializerOptions options)
    {
        if (value is null)
        {
            writer.WriteNullValue();
            return;
        }
        writer.WriteStartArray();
        switch (value)
        {
            case ReleasedValue:
                writer.WriteStringValue(Released);
                writer.WriteNullValue();
                break;
            case ParsedMarkdown parsed:
                writer.WriteStringValue(ParsedName);
                WriteParsed(writer, parsed);
                break;
            default:
                writer.WriteStringValue(CachedValueTypes.Name(value.GetType()));
                JsonSerializer.Serialize(writer, value, options.GetTypeInfo(value.GetType()));
                break;
        }
        writer.WriteEndArray();
    }

    private static void WriteParsed(Utf8JsonWriter writer, ParsedMarkdown parsed)
    {
        writer.WriteStartArray();
        writer.WriteStringValue(parsed.Path);
        writer.WriteStringValue(parsed.Text);
        foreach (var image in parsed.Images)
        {
            writer.WriteStringValue(image);
        }
        writer.WriteEndArray();
    }

    private ParsedMarkdown ReadParsed(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartArray || !reader.Read())
        {
            throw new JsonException("a parsed file must be written as [path, text, images…]");
        }
        var path = reader.GetString()!;
        reader.Read();
        var text = reader.GetString()!;
        var images = new List<string?>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            images.Add(reader.GetString());
        }
        return ParsedMarkdown.Later(path, text, markdown, [.. images], ImageChecker.Point);
    }
}
