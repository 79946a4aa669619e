using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace RareNewsSite.Search;

/// <summary>The index's files: compact JSON, keys and values in a fixed order so builds are byte-identical.</summary>
public sealed partial class SearchIndexBuilder
{
    // Any letter stays as it is (compact), but <, >, & and quotes are escaped, so no file can be read as markup.
    private static readonly JsonWriterOptions Json = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All), Indented = false };

    private List<string> WriteShards(SortedDictionary<string, List<(int Doc, int Score)>> postings, ImmutableSortedDictionary<string, string>.Builder files)
    {
        var names = new List<string>();
        foreach (var shard in postings.GroupBy(p => p.Key[..2], StringComparer.Ordinal))
        {
            var whole = Shard(shard);
            if (Encoding.UTF8.GetByteCount(whole) <= ShardSplitBytes)
            {
                Add(shard.Key, whole);
                continue;
            }
            // Two-letter terms stay in the two-letter shard; longer ones move to three-letter shards.
            var shortTerms = shard.Where(p => p.Key.Length == 2).ToList();
            if (shortTerms.Count > 0)
            {
                Add(shard.Key, Shard(shortTerms));
            }
            foreach (var sub in shard.Where(p => p.Key.Length > 2).GroupBy(p => p.Key[..3], StringComparer.Ordinal))
            {
                Add(sub.Key, Shard(sub));
            }
        }
        return names;

        void Add(string name, string content)
        {
            names.Add(name);
            files[$"t/{name}.json"] = content;
        }
    }

    private static string Shard(IEnumerable<KeyValuePair<string, List<(int Doc, int Score)>>> terms) => Write(writer =>
    {
        writer.WriteStartObject();
        var builder = new StringBuilder();
        foreach (var (term, list) in terms)
        {
            builder.Clear();
            var previous = -1;
            foreach (var (doc, score) in list)
            {
                Base64Varint.Append(builder, doc - previous - 1);
                Base64Varint.AppendScore(builder, score);
                previous = doc;
            }
            writer.WriteString(term, builder.ToString());
        }
        writer.WriteEndObject();
    });

    private string Fragment(SearchDocument doc) => Write(writer =>
    {
        var cut = doc.Body.Length > ExcerptSourceChars ? doc.Body.LastIndexOf(' ', ExcerptSourceChars) : doc.Body.Length;
        var body = doc.Body[..(cut > 0 ? cut : Math.Min(doc.Body.Length, ExcerptSourceChars))];
        writer.WriteStartObject();
        writer.WriteString("t", doc.Title);
        writer.WriteString("u", doc.Url);
        writer.WriteString("d", doc.Date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture));
        writer.WriteString("s", doc.Summary);
        writer.WriteString("x", body);
        writer.WriteEndObject();
    });

    private static string Filters(List<SearchDocument> docs)
    {
        (string Key, string Label, Func<SearchDocument, IEnumerable<string>> Values, bool NewestFirst)[] facets =
        [
            ("disease", "Disease", d => d.Diseases.Select(g => g.Name), false),
            ("tag", "Topic", d => d.Tags, false),
            ("author", "Author", d => d.Authors, false),
            ("year", "Year", d => [d.Date.Year.ToString(CultureInfo.InvariantCulture)], true),
        ];
        return Write(writer =>
        {
            writer.WriteStartArray();
            foreach (var (key, label, values, newestFirst) in facets)
            {
                var distinct = docs.SelectMany(values).Distinct(StringComparer.Ordinal);
                var ordered = (newestFirst
                    ? distinct.OrderByDescending(v => v, StringComparer.Ordinal)
                    : distinct.OrderBy(v => v, StringComparer.OrdinalIgnoreCase).ThenBy(v => v, StringComparer.Ordinal)).ToList();
                var index = ordered.Select((v, i) => (v, i)).ToDictionary(x => x.v, x => x.i, StringComparer.Ordinal);
                var encoded = new StringBuilder();
                foreach (var doc in docs)
                {
                    var ids = values(doc).Distinct(StringComparer.Ordinal).Select(v => index[v]).Order().ToList();
                    Base64Varint.Append(encoded, ids.Count);
                    ids.ForEach(i => Base64Varint.Append(encoded, i));
                }
                writer.WriteStartObject();
                writer.WriteString("k", key);
                writer.WriteString("l", label);
                writer.WriteStartArray("v");
                ordered.ForEach(writer.WriteStringValue);
                writer.WriteEndArray();
                writer.WriteString("d", encoded.ToString());
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        });
    }

    private static string Meta(int count, List<string> shards, string version) => Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("v", version);
        writer.WriteNumber("n", count);
        writer.WriteString("s", string.Join(' ', shards.Order(StringComparer.Ordinal)));
        writer.WriteString("w", string.Join(' ', SearchText.StopWords.Order(StringComparer.Ordinal)));
        writer.WriteEndObject();
    });

    private static string Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, Json))
        {
            write(writer);
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
