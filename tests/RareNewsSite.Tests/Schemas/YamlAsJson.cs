using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace RareNewsSite.Tests.Schemas;

/// <summary>
/// Front matter as the YAML language server hands it to a JSON Schema: YAML 1.2's core schema, where a plain
/// <c>2026-01-02</c> is a string, <c>2024</c> a number, <c>true</c> a boolean and an empty value null.
/// </summary>
public static partial class YamlAsJson
{
    /// <summary>The front matter between the first two <c>---</c> lines of a Markdown file.</summary>
    public static JsonNode? FrontMatter(string markdown)
    {
        var lines = markdown.ReplaceLineEndings("\n").Split('\n');
        var end = Array.IndexOf(lines, "---", 1);
        var yaml = new YamlStream();
        yaml.Load(new StringReader(string.Join('\n', lines[1..end])));
        return yaml.Documents.Count == 0 ? null : Convert(yaml.Documents[0].RootNode);
    }

    private static JsonNode? Convert(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(c => KeyValuePair.Create(((YamlScalarNode)c.Key).Value!, Convert(c.Value)))),
        YamlSequenceNode list => new JsonArray([.. list.Select(Convert)]),
        YamlScalarNode { Style: ScalarStyle.Plain } plain => Plain(plain.Value ?? ""),
        YamlScalarNode quoted => JsonValue.Create(quoted.Value),
        _ => throw new NotSupportedException(node.GetType().Name),
    };

    private static JsonValue? Plain(string text) => text switch
    {
        "" or "~" or "null" or "Null" or "NULL" => null,
        "true" or "True" or "TRUE" => JsonValue.Create(true),
        "false" or "False" or "FALSE" => JsonValue.Create(false),
        _ when Integer().IsMatch(text) => JsonValue.Create(decimal.Parse(text, CultureInfo.InvariantCulture)),
        _ when Float().IsMatch(text) => JsonValue.Create(double.Parse(text, CultureInfo.InvariantCulture)),
        _ => JsonValue.Create(text),
    };

    [GeneratedRegex("^[-+]?[0-9]+$")]
    private static partial Regex Integer();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex Float();
}
