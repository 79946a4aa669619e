using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace RareNewsSite.Tests.Schemas;

/// <summary>Validates JSON against one of the schemas <c>rarenews schema</c> writes, with JsonSchema.Net.</summary>
public static class SchemaValidation
{
    /// <summary>Null when valid; otherwise every error, one per line, with where it is.</summary>
    public static string? Errors(string schemaJson, JsonNode? instance)
    {
        var schema = JsonSchema.FromText(schemaJson);
        var element = JsonSerializer.SerializeToElement(instance);
        var result = schema.Evaluate(element, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (result.IsValid)
        {
            return null;
        }
        var lines = (result.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"));
        return string.Join('\n', lines.DefaultIfEmpty("invalid"));
    }
}
