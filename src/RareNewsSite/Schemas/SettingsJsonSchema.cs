using System.ComponentModel;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using RareNewsSite.Configuration;

namespace RareNewsSite.Schemas;

/// <summary>
/// The JSON Schema of <c>statiq.json</c>, exported from the same source-generated contract the build reads the file
/// with (so a new setting, a type or the unknown-key rule cannot drift), with each setting's [Description] and default.
/// </summary>
internal static class SettingsJsonSchema
{
    /// <summary>The schema, draft-07 as editors read it.</summary>
    public static JsonObject Create()
    {
        var defaults = new SiteSettings();
        var exported = SettingsJsonContext.Default.SiteSettings.GetJsonSchemaAsNode(new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = (context, node) =>
            {
                if (context.PropertyInfo is { } property && node is JsonObject schema)
                {
                    if (property.AttributeProvider?.GetCustomAttributes(typeof(DescriptionAttribute), inherit: false) is [DescriptionAttribute description, ..])
                    {
                        schema.Insert(0, "description", description.Description);
                    }
                    schema["default"] = JsonValue.Create(property.Get?.Invoke(defaults));
                }
                return node;
            },
        });
        var root = new JsonObject
        {
            ["$schema"] = "http://json-schema.org/draft-07/schema#",
            ["title"] = "RareNewsSite settings (statiq.json)",
            ["description"] = "The site's settings. Comments and trailing commas are allowed; RARENEWSSITE_<Key> environment variables and --setting Key=value override them.",
        };
        foreach (var (key, value) in exported.AsObject())
        {
            root[key] = value?.DeepClone();
        }
        // The file is one object, never null, whatever the contract allows.
        root["type"] = "object";
        return root;
    }
}
