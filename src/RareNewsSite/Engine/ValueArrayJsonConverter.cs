using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace RareNewsSite.Engine;

/// <summary>
/// Writes a <see cref="ValueArray{T}"/> as a JSON array of its items, and reads one back: how a value holding lists is
/// kept in the build cache on disk. Each item is written with the metadata the options give for its type.
/// </summary>
internal sealed class ValueArrayJsonConverter : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) =>
        typeToConvert.IsGenericType && typeToConvert.GetGenericTypeDefinition() == typeof(ValueArray<>);

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options)
    {
        var item = typeToConvert.GetGenericArguments()[0];
        return ForValueItems.TryGetValue(item, out var make) ? make() : (JsonConverter)Activator.CreateInstance(OfType(item))!;
    }

    /// <summary>
    /// The converters of lists whose items are values, made in code. The installed tool is compiled ahead of time: it
    /// can make <see cref="Of{T}"/> for any class from one shared body, but has code for a value type's only where the
    /// code names it. A test checks that every list of values a cached record holds is here.
    /// </summary>
    internal static readonly IReadOnlyDictionary<Type, Func<JsonConverter>> ForValueItems = new Dictionary<Type, Func<JsonConverter>>
    {
        [typeof(int)] = () => new Of<int>(),
        [typeof((string, string))] = () => new Of<(string, string)>(),
        [typeof(Search.SearchSection)] = () => new Of<Search.SearchSection>(),
        [typeof(Markdown.Links.ResolvedLink)] = () => new Of<Markdown.Links.ResolvedLink>(),
        [typeof(Layout.ModelValue)] = () => new Of<Layout.ModelValue>(),
    };

    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("AOT", "IL3050", Justification = "Items of a class share one compiled body; value types are in ForValueItems.")]
    [return: System.Diagnostics.CodeAnalysis.DynamicallyAccessedMembers(System.Diagnostics.CodeAnalysis.DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)]
    private static Type OfType(Type item) => typeof(Of<>).MakeGenericType(item);

    private sealed class Of<T> : JsonConverter<ValueArray<T>>
    {
        public override ValueArray<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                throw new JsonException("a list must be a JSON array");
            }
            var items = ImmutableArray.CreateBuilder<T>();
            if (typeof(T) == typeof(string))
            {
                // Most lists are of texts (tags, authors, names): read as they are, without a call into the serializer for each.
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    items.Add((T)(object)reader.GetString()!);
                }
                return new ValueArray<T>(items.DrainToImmutable());
            }
            var item = (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                items.Add(JsonSerializer.Deserialize(ref reader, item)!);
            }
            return new ValueArray<T>(items.DrainToImmutable());
        }

        public override void Write(Utf8JsonWriter writer, ValueArray<T> value, JsonSerializerOptions options)
        {
            writer.WriteStartArray();
            if (value is ValueArray<string> texts)
            {
                foreach (var text in texts)
                {
                    writer.WriteStringValue(text); // the serializer's own bytes for a text (null for null)
                }
                writer.WriteEndArray();
                return;
            }
            var item = (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
            foreach (var x in value)
            {
                JsonSerializer.Serialize(writer, x, item);
            }
            writer.WriteEndArray();
        }
    }
}
