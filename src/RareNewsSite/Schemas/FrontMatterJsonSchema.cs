using System.Text.Json.Nodes;
using RareNewsSite.Content;

namespace RareNewsSite.Schemas;

/// <summary>
/// A JSON Schema (draft-07, which the YAML and JSON language servers of common editors read) for one kind of front
/// matter, written from <see cref="FrontMatterSchema"/>: what the build accepts, the schema accepts. Unknown keys,
/// which the build only warns about, are schema errors, so an editor flags a typo at once.
/// </summary>
internal static class FrontMatterJsonSchema
{
    // A plain value: YAML reads 2024 or true as a number or a boolean, and the build reads them as their text.
    private static readonly string[] Scalar = ["string", "number", "boolean"];

    /// <summary>The schema of <paramref name="schema"/>'s front matter.</summary>
    public static JsonObject For(ContentSchema schema)
    {
        var root = new JsonObject
        {
            ["$schema"] = "http://json-schema.org/draft-07/schema#",
            ["title"] = $"RareNewsSite {schema.Kind} front matter",
            ["description"] = $"The YAML front matter of the Markdown files in {schema.Folder}/.",
        };
        AddObject(root, schema.Fields, [.. schema.Fields.Where(f => f.Required).Select(f => (IReadOnlyList<string>)[f.Name]), .. schema.NeedsOneOf]);
        return root;
    }

    private static void AddObject(JsonObject target, IEnumerable<FrontMatterField> fields, IEnumerable<IReadOnlyList<string>> needs)
    {
        var groups = needs.ToList();
        // A key the file needs (alone or as one of a choice) must say something when present: the build reports it empty.
        var mustSay = groups.SelectMany(g => g).ToHashSet(StringComparer.Ordinal);
        target["type"] = "object";
        var properties = new JsonObject();
        foreach (var field in fields)
        {
            properties[field.Name] = Property(field, mustSay.Contains(field.Name));
        }
        target["properties"] = properties;
        var required = groups.Where(g => g.Count == 1).Select(g => g[0]).ToList();
        if (required.Count > 0)
        {
            target["required"] = Array(required);
        }
        var choices = groups.Where(g => g.Count > 1)
            .Select(g => new JsonObject { ["anyOf"] = new JsonArray([.. g.Select(name => new JsonObject { ["required"] = Array([name]) })]) })
            .ToList();
        if (choices.Count > 0)
        {
            target["allOf"] = new JsonArray([.. choices]);
        }
        target["additionalProperties"] = false;
    }

    private static JsonObject Property(FrontMatterField field, bool mustSay)
    {
        // The description first: it is what an editor reads when looking at the schema file itself.
        var property = new JsonObject { ["description"] = field.Description };
        foreach (var (key, value) in Shape(field, mustSay))
        {
            property[key] = value?.DeepClone();
        }
        if (field.Pattern is { } pattern && field.Type is FieldType.Text or FieldType.Date)
        {
            property["pattern"] = pattern;
        }
        return property;
    }

    private static JsonObject Shape(FrontMatterField field, bool mustSay) => field.Type switch
    {
        FieldType.Text => Text(mustSay),
        FieldType.Date => new JsonObject { ["type"] = "string" },
        FieldType.Boolean => new JsonObject { ["type"] = "boolean" },
        FieldType.Integer => new JsonObject { ["type"] = "integer" },
        FieldType.TextList => new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = Array(Scalar), ["minLength"] = 1 } },
        FieldType.TrialNumbers => new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string", ["pattern"] = field.Pattern } },
        FieldType.MappingList => MappingList(field),
        FieldType.Mapping => Mapping(field),
        _ => throw new ArgumentOutOfRangeException(nameof(field), field.Type, "a field type without a JSON Schema shape"),
    };

    private static JsonObject Text(bool mustSay) => mustSay
        ? new JsonObject { ["type"] = Array(Scalar), ["minLength"] = 1 }
        // An optional key written with nothing after it (role:) is null in YAML and reads as "".
        : new JsonObject { ["type"] = Array([.. Scalar, "null"]) };

    private static JsonObject Mapping(FrontMatterField field)
    {
        var item = new JsonObject();
        AddObject(item, field.ItemFields, []);
        return item;
    }

    private static JsonObject MappingList(FrontMatterField field)
    {
        var item = new JsonObject();
        AddObject(item, field.ItemFields, field.ItemNeedsOneOf.Select(g => (IReadOnlyList<string>)[.. g]));
        return new JsonObject { ["type"] = "array", ["items"] = item };
    }

    private static JsonArray Array(IEnumerable<string> values) => new([.. values.Select(v => (JsonNode)JsonValue.Create(v))]);
}
