using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using RareNewsSite.Cli.Commands;
using RareNewsSite.Schemas;

namespace RareNewsSite.Cli.Starter;

/// <summary>
/// The VS Code files <c>rarenews init</c> writes: the JSON Schemas in <c>.vscode/schemas/</c>, settings that tie them to
/// the site's files, the extension that reads them, and a task whose problem matcher puts <c>rarenews check</c>'s
/// diagnostics on the lines they name.
/// </summary>
internal static class EditorSettings
{
    /// <summary>The problem matcher's pattern: <c>path:line:col: error RN0123: message</c>, as <c>check</c> prints it.</summary>
    public const string DiagnosticPattern = @"^(.+?):(\d+):(\d+): (error|warning) (RN\d+): (.*)$";

    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        IndentSize = 2,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Every file by site-relative path.</summary>
    public static IEnumerable<(string Path, string Text)> Files()
    {
        var schemas = EditorSchemas.All();
        foreach (var schema in schemas)
        {
            yield return ($"{SchemaSettings.DefaultFolder}/{schema.FileName}", schema.Json);
        }
        yield return (".vscode/settings.json", Settings(schemas));
        yield return (".vscode/extensions.json", Write(new JsonObject { ["recommendations"] = new JsonArray("redhat.vscode-yaml") }));
        yield return (".vscode/tasks.json", Tasks());
    }

    private static string Settings(IReadOnlyList<SchemaFile> schemas)
    {
        var json = new JsonArray();
        var yaml = new JsonObject();
        foreach (var schema in schemas)
        {
            var url = $"./{SchemaSettings.DefaultFolder}/{schema.FileName}";
            var globs = new JsonArray([.. schema.AppliesTo.Select(g => (JsonNode)JsonValue.Create(g))]);
            if (schema.FileName == "statiq.schema.json")
            {
                json.Add(new JsonObject { ["fileMatch"] = new JsonArray([.. schema.AppliesTo.Select(g => (JsonNode)JsonValue.Create("/" + g))]), ["url"] = url });
            }
            else
            {
                yaml[url] = globs;
            }
        }
        var settings = new JsonObject
        {
            // statiq.json allows comments and trailing commas: JSON with Comments, so VS Code does not flag them.
            ["files.associations"] = new JsonObject { ["statiq.json"] = "jsonc" },
            ["json.schemas"] = json,
            ["yaml.schemas"] = yaml,
        };
        return "// Written by rarenews init. The schemas in .vscode/schemas/ describe the rarenews version that wrote them:\n"
            + "// after updating rarenews, run `rarenews schema` in this folder to write them again.\n"
            + Write(settings);
    }

    private static string Tasks()
    {
        var check = new JsonObject
        {
            ["label"] = "rarenews: check",
            ["type"] = "shell",
            ["command"] = "rarenews check",
            ["group"] = new JsonObject { ["kind"] = "test", ["isDefault"] = true },
            ["presentation"] = new JsonObject { ["reveal"] = "silent" },
            ["problemMatcher"] = new JsonObject
            {
                ["owner"] = "rarenews",
                ["source"] = "rarenews",
                ["fileLocation"] = new JsonArray("relative", "${workspaceFolder}"),
                ["pattern"] = new JsonObject
                {
                    ["regexp"] = DiagnosticPattern,
                    ["file"] = 1,
                    ["line"] = 2,
                    ["column"] = 3,
                    ["severity"] = 4,
                    ["code"] = 5,
                    ["message"] = 6,
                },
            },
        };
        return "// Terminal > Run Task... > rarenews: check lists every mistake in the Problems panel, on its line.\n"
            + Write(new JsonObject { ["version"] = "2.0.0", ["tasks"] = new JsonArray(check) });
    }

    private static string Write(JsonNode node) => node.ToJsonString(Indented).ReplaceLineEndings("\n") + "\n";
}
