using System.Text.Json;
using System.Text.Json.Serialization;

namespace RareNewsSite.Search;

/// <summary>
/// A heading of an article that a search result can point into (<c>/articles/x/#what-the-study-found</c>): its id,
/// and where its text starts in <see cref="SearchDocument.Body"/> and how long it is. The section runs from there to
/// the next heading; the browser finds which sections say the query's words.
/// </summary>
[JsonConverter(typeof(Json))]
internal readonly record struct SearchSection(string Id, int Start, int Length)
{
    /// <summary>
    /// Keeps a section in the build cache as <c>["id", start, length]</c>: read back token by token, where the serializer's
    /// way for a type with a constructor boxed each number (a third of the time a search document took to read back).
    /// </summary>
    internal sealed class Json : JsonConverter<SearchSection>
    {
        public override SearchSection Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.StartArray || !reader.Read() || reader.GetString() is not { } id || !reader.Read())
            {
                throw new JsonException("a section must be a JSON array of its id, start and length");
            }
            var start = reader.GetInt32();
            reader.Read();
            var length = reader.GetInt32();
            if (!reader.Read() || reader.TokenType != JsonTokenType.EndArray)
            {
                throw new JsonException("a section must be a JSON array of its id, start and length");
            }
            return new SearchSection(id, start, length);
        }

        public override void Write(Utf8JsonWriter writer, SearchSection value, JsonSerializerOptions options)
        {
            writer.WriteStartArray();
            writer.WriteStringValue(value.Id);
            writer.WriteNumberValue(value.Start);
            writer.WriteNumberValue(value.Length);
            writer.WriteEndArray();
        }
    }
}
