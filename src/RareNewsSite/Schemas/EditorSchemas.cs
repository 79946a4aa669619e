using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using RareNewsSite.Content;

namespace RareNewsSite.Schemas;

/// <summary>
/// The JSON Schemas editors use to complete and check a site's files: one per kind of front matter and one for
/// <c>statiq.json</c>, written by <c>rarenews schema</c> and wired into VS Code by <c>rarenews init</c>.
/// </summary>
public static class EditorSchemas
{
    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        IndentSize = 2,
        // Descriptions quote "..." and <html lang>: keep them readable in the file.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Every schema file, settings first, then articles, authors, diseases, reviewers and pages.</summary>
    public static IReadOnlyList<SchemaFile> All()
    {
        var files = new List<SchemaFile> { new("statiq.schema.json", ["statiq.json"], Write(SettingsJsonSchema.Create())) };
        foreach (var schema in FrontMatterSchema.All)
        {
            var glob = schema == FrontMatterSchema.Article ? $"{schema.Folder}/**/*.md" : $"{schema.Folder}/*.md";
            files.Add(new($"{schema.Kind}.schema.json", [glob], Write(FrontMatterJsonSchema.For(schema))));
        }
        return files;
    }

    // LF line ends and a final newline, so the files are the same on every system and in every diff.
    private static string Write(JsonNode schema) => schema.ToJsonString(Indented).ReplaceLineEndings("\n") + "\n";
}
