using System.Text.Json;
using System.Text.Json.Nodes;
using RareNewsSite.Content;
using RareNewsSite.Schemas;
using RareNewsSite.Tests.Infrastructure;
using Shouldly;
using Xunit;
using YamlDotNet.RepresentationModel;

namespace RareNewsSite.Tests.Schemas;

public sealed class EditorSchemasTests
{
    private static readonly JsonDocumentOptions Jsonc = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    [Fact]
    public void Should_Accept_Every_Content_File_And_The_Settings_Of_The_Example_Site()
    {
        foreach (var schema in FrontMatterSchema.All)
        {
            var json = Schema($"{schema.Kind}.schema.json");
            var folder = Path.Combine(RepoPaths.Root, schema.Folder);
            var files = Directory.EnumerateFiles(folder, "*.md", SearchOption.AllDirectories).ToList();
            files.ShouldNotBeEmpty(folder);
            foreach (var file in files)
            {
                SchemaValidation.Errors(json, YamlAsJson.FrontMatter(File.ReadAllText(file))).ShouldBeNull(file);
            }
        }
        var settings = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "statiq.json")), documentOptions: Jsonc);
        SchemaValidation.Errors(Schema("statiq.schema.json"), settings).ShouldBeNull();
    }

    [Fact]
    public void Should_Reject_A_Misspelt_Setting_And_A_Setting_Of_The_Wrong_Type_As_The_Build_Does()
    {
        var schema = Schema("statiq.schema.json");
        SchemaValidation.Errors(schema, JsonNode.Parse("""{ "SiteTitel": "News" }""")).ShouldNotBeNull();
        SchemaValidation.Errors(schema, JsonNode.Parse("""{ "PageSize": "ten" }""")).ShouldNotBeNull();
        SchemaValidation.Errors(schema, JsonNode.Parse("""{ "PageSize": 5, "GenerateSitemap": false, "Host": "news.example.org" }""")).ShouldBeNull();

        var misspelt = TestSite.FromText("""
            -- statiq.json --
            { "SiteTitel": "News" }
            """).Build();
        misspelt.Diagnostics.ShouldContain(d => d.Contains("unknown setting 'SiteTitel'", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_Describe_Every_Setting_With_Its_Default()
    {
        var properties = JsonNode.Parse(Schema("statiq.schema.json"))!["properties"]!.AsObject();
        var names = typeof(RareNewsSite.Configuration.SiteSettings).GetProperties().Where(p => p.CanWrite).Select(p => p.Name).Order(StringComparer.Ordinal);
        properties.Select(p => p.Key).Order(StringComparer.Ordinal).ShouldBe(names);
        foreach (var (name, property) in properties)
        {
            property!["description"]!.GetValue<string>().ShouldNotBeNullOrWhiteSpace(name);
            property["default"].ShouldNotBeNull(name);
        }
        properties["PageSize"]!["default"]!.GetValue<int>().ShouldBe(10);
        properties["ReviewInterval"]!["default"]!.GetValue<string>().ShouldBe("3y");
    }

    [Fact]
    public void Should_Write_Each_Front_Matter_Key_With_The_Description_Editors_See()
    {
        foreach (var schema in FrontMatterSchema.All)
        {
            var properties = JsonNode.Parse(Schema($"{schema.Kind}.schema.json"))!["properties"]!.AsObject();
            properties.Select(p => p.Key).ShouldBe(schema.Names);
            foreach (var field in schema.Fields)
            {
                properties[field.Name]!["description"]!.GetValue<string>().ShouldBe(field.Description);
            }
        }
    }

    [Fact]
    public void Should_Stop_A_Reader_That_Reads_A_Key_As_Another_Type_Than_The_Schema_Defines()
    {
        // Given: an author file read by a reader that went its own way
        var yaml = new YamlStream();
        yaml.Load(new StringReader("name: Ann\nrole: 3\n"));
        var fm = new FrontMatter("input/authors/ann.md", (YamlMappingNode)yaml.Documents[0].RootNode, 1, new Diagnostics.DiagnosticBag())
            .Following(FrontMatterSchema.Author);

        // Then: the build stops (a bug, reported as an internal error) instead of writing schemas that lie
        Should.Throw<InvalidOperationException>(() => fm.Integer("role")).Message
            .ShouldBe("'role' of author front matter is read as Integer, but FrontMatterSchema defines it as Text");
        Should.Throw<InvalidOperationException>(() => fm.Text("colour")).Message
            .ShouldBe("'colour' is read from author front matter, but FrontMatterSchema does not define it");
        fm.Text("role").ShouldBe("3");
    }

    private static string Schema(string fileName) => EditorSchemas.All().Single(f => f.FileName == fileName).Json;
}
