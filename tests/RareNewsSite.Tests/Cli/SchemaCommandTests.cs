using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using RareNewsSite.Schemas;
using RareNewsSite.Tests.Schemas;
using Shouldly;
using Xunit;

namespace RareNewsSite.Tests.Cli;

public sealed class SchemaCommandTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "rns-schema-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Should_Write_The_Schemas_Into_The_Output_Folder_Replacing_Older_Ones()
    {
        // Given: an older schema file
        var folder = Path.Combine(_root, "schemas");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "article.schema.json"), "{}");

        // When
        var run = await CliRun.RunAsync("schema", "--output", folder);

        // Then
        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.ShouldContain("Wrote 6 JSON Schemas");
        Directory.EnumerateFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal).ShouldBe([
            "article.schema.json", "author.schema.json", "disease.schema.json", "page.schema.json", "reviewer.schema.json", "statiq.schema.json",
        ]);
        foreach (var file in EditorSchemas.All())
        {
            File.ReadAllText(Path.Combine(folder, file.FileName)).ShouldBe(file.Json);
            JsonNode.Parse(file.Json)!["$schema"]!.GetValue<string>().ShouldBe("http://json-schema.org/draft-07/schema#");
        }
    }

    [Fact]
    public async Task Should_Refuse_A_File_As_The_Output_Folder()
    {
        Directory.CreateDirectory(_root);
        var file = Path.Combine(_root, "notes.txt");
        File.WriteAllText(file, "mine");

        var run = await CliRun.RunAsync("schema", "-o", file);

        run.ExitCode.ShouldBe(2);
        run.Error.Trim().ShouldBe($"error: '{file}' is a file; --output needs a folder");
        File.ReadAllText(file).ShouldBe("mine");
    }

    [Fact]
    public async Task Should_Wire_The_Schemas_And_A_Check_Task_Into_Vs_Code_In_A_New_Site()
    {
        // Given
        var site = Path.Combine(_root, "site");
        (await CliRun.RunAsync("init", site)).ExitCode.ShouldBe(0);

        // Then: every content file init wrote passes its schema, found through the globs in .vscode/settings.json
        var settings = JsonNode.Parse(File.ReadAllText(Path.Combine(site, ".vscode", "settings.json")), documentOptions: new() { CommentHandling = System.Text.Json.JsonCommentHandling.Skip })!;
        var yamlSchemas = settings["yaml.schemas"]!.AsObject();
        yamlSchemas.Count.ShouldBe(5);
        var matched = 0;
        foreach (var (url, globs) in yamlSchemas)
        {
            var schema = File.ReadAllText(Path.Combine(site, url));
            foreach (var glob in globs!.AsArray().Select(g => g!.GetValue<string>()))
            {
                var folder = Path.Combine(site, glob[..glob.IndexOf("/*", StringComparison.Ordinal)]);
                foreach (var file in Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*.md", SearchOption.AllDirectories) : [])
                {
                    SchemaValidation.Errors(schema, YamlAsJson.FrontMatter(File.ReadAllText(file))).ShouldBeNull(file);
                    matched++;
                }
            }
        }
        matched.ShouldBe(5); // the article, author, disease, About and editorial policy pages
        var json = settings["json.schemas"]![0]!;
        json["fileMatch"]![0]!.GetValue<string>().ShouldBe("/statiq.json");
        var settingsSchema = File.ReadAllText(Path.Combine(site, json["url"]!.GetValue<string>()));
        SchemaValidation.Errors(settingsSchema, JsonNode.Parse(File.ReadAllText(Path.Combine(site, "statiq.json")), documentOptions: new() { CommentHandling = System.Text.Json.JsonCommentHandling.Skip })).ShouldBeNull();

        // And: the task's problem matcher reads check's diagnostics into file, line, column, severity, code and message
        File.AppendAllText(Path.Combine(site, "input", "authors", "editor.md").Replace("editor.md", "broken.md"), "---\nrole: Reporter\n---\nBio.\n");
        var check = await CliRun.RunAsync("check", "-r", site);
        check.ExitCode.ShouldBe(1);
        var tasks = JsonNode.Parse(File.ReadAllText(Path.Combine(site, ".vscode", "tasks.json")), documentOptions: new() { CommentHandling = System.Text.Json.JsonCommentHandling.Skip })!;
        var pattern = tasks["tasks"]![0]!["problemMatcher"]!["pattern"]!;
        var regex = new Regex(pattern["regexp"]!.GetValue<string>());
        var match = (check.Out + check.Error).Split('\n').Select(l => regex.Match(l.TrimEnd('\r'))).First(m => m.Success);
        match.Groups[pattern["file"]!.GetValue<int>()].Value.ShouldBe("input/authors/broken.md");
        match.Groups[pattern["line"]!.GetValue<int>()].Value.ShouldBe("1");
        match.Groups[pattern["severity"]!.GetValue<int>()].Value.ShouldBe("error");
        match.Groups[pattern["code"]!.GetValue<int>()].Value.ShouldBe("RN0101");
        match.Groups[pattern["message"]!.GetValue<int>()].Value.ShouldBe("missing required key 'name'");
        tasks["tasks"]![0]!["command"]!.GetValue<string>().ShouldBe("rarenews check");
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
