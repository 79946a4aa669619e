using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using RareNewsSite.Site.Views;
using RareNewsSite.Templates;

namespace RareNewsSite.Publishing;

/// <summary>
/// Serialises schema.org data for a <c>&lt;script type="application/ld+json"&gt;</c> element. The default
/// JavaScript encoder escapes <c>&lt;</c>, <c>&gt;</c>, <c>&amp;</c> and quotes, so no user text can close
/// the script element or break out of it.
/// </summary>
internal static class JsonLd
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.Default };

    /// <summary>A <c>@graph</c> of the given nodes, as raw HTML ready for the template.</summary>
    public static RawHtml Graph(params JsonObject?[] nodes)
    {
        var graph = new JsonArray();
        foreach (var node in nodes.OfType<JsonObject>())
        {
            DropNulls(node);
            graph.Add(node);
        }
        var root = new JsonObject { ["@context"] = "https://schema.org", ["@graph"] = graph };
        return new RawHtml(root.ToJsonString(Options));
    }

    // schema.org has no null: a property with no value is left out, at any depth.
    private static void DropNulls(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var key in o.Where(p => p.Value is null).Select(p => p.Key).ToList())
                {
                    o.Remove(key);
                }
                foreach (var (_, value) in o)
                {
                    DropNulls(value);
                }
                break;
            case JsonArray a:
                foreach (var item in a)
                {
                    DropNulls(item);
                }
                break;
        }
    }

    /// <summary>A date with its offset, as schema.org and feeds expect.</summary>
    public static string Date(DateTimeOffset date) => date.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>A JSON array of strings.</summary>
    public static JsonArray Strings(IEnumerable<string> values) => [.. values.Select(v => (JsonNode)JsonValue.Create(v))];
}
