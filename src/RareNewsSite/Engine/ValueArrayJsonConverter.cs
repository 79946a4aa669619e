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

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(OfType(typeToConvert.GetGenericArguments()[0]))!;

    // The native program (compiled ahead of time) makes this type at run time for a class, from one shared body, but
    // has code for a struct's only where code names it: a serializer of lists of structs puts their converters
    // (new Of<T>()) into its options, which come before this factory.
    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("AOT", "IL3050", Justification = "Lists of structs have their converters in the options.")]
    [return: System.Diagnostics.CodeAnalysis.DynamicallyAccessedMembers(System.Diagnostics.CodeAnalysis.DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)]
    private static Type OfType(Type item) => typeof(Of<>).MakeGenericType(item);

    /// <summary>The converter of lists of <typeparamref name="T"/>.</summary>
    internal sealed class Of<T> : JsonConverter<ValueArray<T>>
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
