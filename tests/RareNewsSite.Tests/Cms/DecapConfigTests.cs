using RareNewsSite.Content;
using RareNewsSite.Tests.Infrastructure;
using Shouldly;
using Xunit;
using YamlDotNet.Serialization;

namespace RareNewsSite.Tests.Cms;

/// <summary>Issue #15: <c>/admin/config.yml</c> for Decap CMS, written from the front matter schema by a build.</summary>
public sealed class DecapConfigTests
{
    private static readonly Dictionary<string, string> CmsOn = new() { ["GenerateCms"] = "true", ["CmsRepository"] = "example-org/rare-news" };

    internal static TestSite Site(string settings = """{ "Host": "news.example.org" }""") => TestSite.FromText($$"""
        -- statiq.json --
        {{settings}}
        -- input/authors/ann.md --
        ---
        name: Ann
        ---
        Bio.
        -- input/articles/a.md --
        ---
        title: A study
        date: 2026-01-02
        author: ann
        summary: S
        ---
        Body.
        """);

    internal static Dictionary<object, object> Config(BuiltSite built) =>
        new DeserializerBuilder().Build().Deserialize<Dictionary<object, object>>(built.File("admin/config.yml"));

    [Fact]
    public void Should_Write_No_Admin_Files_Unless_Asked()
    {
        var built = Site().Build().ShouldSucceed();

        built.Output.Paths.ShouldNotContain(p => p.StartsWith("admin/", StringComparison.Ordinal));
        built.Diagnostics.ShouldNotContain(d => d.Contains("RN0404", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_Have_A_Collection_For_Each_Kind_With_Every_Front_Matter_Key_In_Order_And_The_Body()
    {
        // When
        var config = Config(Site().Build(settings: CmsOn).ShouldSucceed());

        // Then
        var collections = List(config["collections"]);
        collections.Select(c => Text(c, "folder")).ShouldBe(FrontMatterSchema.All.Select(s => s.Folder));
        foreach (var (collection, schema) in collections.Zip(FrontMatterSchema.All))
        {
            Text(collection, "extension").ShouldBe("md");
            Text(collection, "format").ShouldBe("yaml-frontmatter");
            Text(collection, "create").ShouldBe("true");
            var fields = List(Map(collection)["fields"]);
            fields.Select(f => Text(f, "name")).ShouldBe([.. schema.Fields.Select(f => f.Name), "body"], schema.Kind);
            foreach (var (field, definition) in fields.Zip(schema.Fields))
            {
                ShouldMatch(field, definition, definition.Required, $"{schema.Kind}.{definition.Name}");
            }
            var body = Map(fields[^1]);
            Text(body, "widget").ShouldBe("markdown");
            List(body["modes"]).ShouldBe(["raw"]);
            Text(body, "hint").ShouldBe(schema.Body);
        }
    }

    [Fact]
    public void Should_Offer_Authors_Diseases_And_Reviewers_As_Relations_Storing_The_File_Name()
    {
        var collections = List(Config(Site().Build(settings: CmsOn).ShouldSucceed())["collections"]);
        Dictionary<object, object> FieldOf(string collection, string name) =>
            Map(List(Map(collections.Single(c => Text(c, "name") == collection))["fields"]).Single(f => Text(f, "name") == name));

        foreach (var (collection, name, target, multiple) in new[]
        {
            ("articles", "author", "authors", false), ("articles", "authors", "authors", true), ("articles", "diseases", "diseases", true),
            ("articles", "reviewed_by", "reviewers", false), ("diseases", "reviewed_by", "reviewers", false),
        })
        {
            var field = FieldOf(collection, name);
            Text(field, "widget").ShouldBe("relation", name);
            Text(field, "collection").ShouldBe(target, name);
            Text(field, "value_field").ShouldBe("{{slug}}", name);
            List(field["search_fields"]).ShouldBe(["name"], name);
            List(field["display_fields"]).ShouldBe(["name"], name);
            Text(field, "multiple").ShouldBe(multiple ? "true" : "false", name);
        }
        // Each target collection names its entries by the field the relation searches, and stores them by file name.
        foreach (var target in new[] { "authors", "diseases", "reviewers" })
        {
            var collection = Map(collections.Single(c => Text(c, "name") == target));
            Text(collection, "identifier_field").ShouldBe("name");
            Text(collection, "slug").ShouldBe("{{slug}}");
        }
    }

    [Fact]
    public void Should_Name_The_Backends_The_Media_Folder_And_The_Site()
    {
        var config = Config(Site("""{ "Host": "news.example.org", "LinkRoot": "/news/" }""").Build(settings: CmsOn).ShouldSucceed());

        Map(config["backend"]).ShouldBe(new Dictionary<object, object> { ["name"] = "github", ["repo"] = "example-org/rare-news", ["branch"] = "main" });
        Map(config["local_backend"]).ShouldBe(new Dictionary<object, object> { ["url"] = "http://127.0.0.1:8081/api/v1" });
        Text(config, "media_folder").ShouldBe("input/assets");
        Text(config, "public_folder").ShouldBe("/assets");
        Text(config, "site_url").ShouldBe("https://news.example.org/news/");
        Map(config["slug"]).ShouldBe(new Dictionary<object, object> { ["encoding"] = "ascii", ["clean_accents"] = "true", ["sanitize_replacement"] = "-" });
    }

    [Theory]
    [InlineData("https://auth.example.org/auth", "https://auth.example.org", "auth")]
    [InlineData("https://example.org:8443/decap/oauth/", "https://example.org:8443", "decap/oauth")]
    [InlineData("https://auth.example.org", "https://auth.example.org", "auth")]
    public void Should_Log_In_Through_The_Login_Service_The_Site_Names(string authUrl, string baseUrl, string endpoint)
    {
        var config = Config(Site().Build(settings: new Dictionary<string, string>(CmsOn) { ["CmsAuthUrl"] = authUrl }).ShouldSucceed());

        Text(config["backend"], "base_url").ShouldBe(baseUrl);
        Text(config["backend"], "auth_endpoint").ShouldBe(endpoint);
    }

    [Fact]
    public void Should_Log_In_Through_Netlify_Unless_Told()
    {
        var config = Config(Site().Build(settings: CmsOn).ShouldSucceed());

        Map(config["backend"]).ShouldNotContainKey("base_url");
        Map(config["backend"]).ShouldNotContainKey("auth_endpoint");
    }

    [Fact]
    public void Should_Leave_Out_The_Local_Backend_And_The_Repository_When_Empty_And_Warn_About_The_Repository()
    {
        var built = Site().Build(settings: new Dictionary<string, string> { ["GenerateCms"] = "true", ["CmsLocalBackend"] = "" }).ShouldSucceed();

        var config = Config(built);
        config.ShouldNotContainKey("local_backend");
        Map(config["backend"]).ShouldNotContainKey("repo");
        built.Diagnostics.ShouldContain("statiq.json:1:1: warning RN0404: 'GenerateCms' is on but 'CmsRepository' is empty, so /admin/ can only save through decap-server on this computer; set it to the site's GitHub repository, such as \"example-org/rare-news\"");
    }

    [Fact]
    public void Should_Keep_User_Text_Intact_In_The_Yaml()
    {
        // A branch name with quotes and a '#', an API address with a query: each reads back exactly as written.
        const string Branch = "it's-\"quoted\"#1";
        const string Local = "http://127.0.0.1:8082/api/v1?key=a: b #c";
        var built = Site().Build(settings: new Dictionary<string, string>(CmsOn) { ["CmsBranch"] = Branch, ["CmsLocalBackend"] = Local }).ShouldSucceed();

        var config = Config(built);

        Text(config["backend"], "branch").ShouldBe(Branch);
        Text(config["local_backend"], "url").ShouldBe(Local);
    }

    [Theory]
    [InlineData("CmsRepository", "rare-news", "'CmsRepository' is a GitHub repository written owner/name, such as \"example-org/rare-news\", not \"rare-news\"")]
    [InlineData("CmsRepository", "https://github.com/example-org/rare-news", "'CmsRepository' is a GitHub repository written owner/name, such as \"example-org/rare-news\", not \"https://github.com/example-org/rare-news\"")]
    [InlineData("CmsBranch", "my branch", "'CmsBranch' must be a branch name such as \"main\", not \"my branch\"")]
    [InlineData("CmsBranch", "", "'CmsBranch' must be a branch name such as \"main\", not \"\"")]
    [InlineData("CmsLocalBackend", "127.0.0.1:8081", "'CmsLocalBackend' must be an http:// address such as \"http://127.0.0.1:8081/api/v1\", or empty, not \"127.0.0.1:8081\"")]
    [InlineData("CmsAuthUrl", "http://auth.example.org/auth", "'CmsAuthUrl' must be the https:// address of the login service, such as \"https://auth.example.org/auth\", or empty, not \"http://auth.example.org/auth\"")]
    [InlineData("CmsAuthUrl", "auth.example.org", "'CmsAuthUrl' must be the https:// address of the login service, such as \"https://auth.example.org/auth\", or empty, not \"auth.example.org\"")]
    [InlineData("CmsScript", "decap-cms.js", "'CmsScript' must be an https:// address or the path of a file the site publishes, such as \"/assets/decap/decap-cms.js\", not \"decap-cms.js\"")]
    [InlineData("CmsScript", "//unpkg.com/decap-cms.js", "'CmsScript' must be an https:// address or the path of a file the site publishes, such as \"/assets/decap/decap-cms.js\", not \"//unpkg.com/decap-cms.js\"")]
    public void Should_Report_A_Bad_Cms_Setting_With_What_To_Write(string key, string value, string message)
    {
        var built = Site().Build(settings: new Dictionary<string, string>(CmsOn) { [key] = value });

        built.Result.Succeeded.ShouldBeFalse();
        built.Diagnostics.ShouldContain("statiq.json:1:1: error RN0402: " + message);
    }

    // Each type of front matter field gets the widget that writes that type; Decap requires a field unless told.
    private static void ShouldMatch(object field, FrontMatterField definition, bool required, string where)
    {
        var map = Map(field);
        Text(map, "label").ShouldNotBeNullOrEmpty(where);
        Text(map, "hint").ShouldBe(definition.Description, where);
        Text(map, "required").ShouldBe(required ? "true" : "false", where);
        var widget = Text(map, "widget");
        if (definition.RefersTo is not null)
        {
            widget.ShouldBe("relation", where);
            return;
        }
        switch (definition.Type)
        {
            case FieldType.Text:
                widget.ShouldBe("string", where);
                if (definition.Pattern is { } pattern)
                {
                    List(map["pattern"])[0].ShouldBe(pattern, where);
                }
                break;
            case FieldType.Date:
                widget.ShouldBe("datetime", where);
                Text(map, "date_format").ShouldBe("YYYY-MM-DD", where);
                Text(map, "time_format").ShouldBe("false", where);
                break;
            case FieldType.Boolean:
                widget.ShouldBe("boolean", where);
                break;
            case FieldType.Integer:
                widget.ShouldBe("number", where);
                Text(map, "value_type").ShouldBe("int", where);
                break;
            case FieldType.TextList or FieldType.TrialNumbers:
                widget.ShouldBe("list", where);
                map.ShouldNotContainKey("fields", where);
                break;
            case FieldType.MappingList or FieldType.Mapping:
                widget.ShouldBe(definition.Type == FieldType.Mapping ? "object" : "list", where);
                var items = List(map["fields"]);
                items.Select(i => Text(i, "name")).ShouldBe(definition.ItemFields.Select(i => i.Name), where);
                foreach (var (item, itemDefinition) in items.Zip(definition.ItemFields))
                {
                    var alone = definition.ItemNeedsOneOf.Any(g => g.Length == 1 && g[0] == itemDefinition.Name);
                    ShouldMatch(item, itemDefinition, alone, $"{where}.{itemDefinition.Name}");
                }
                break;
            default:
                throw new ShouldAssertException($"{where}: no expectation for {definition.Type}");
        }
    }

    private static Dictionary<object, object> Map(object node) => node.ShouldBeOfType<Dictionary<object, object>>();

    private static List<object> List(object node) => node.ShouldBeOfType<List<object>>();

    private static string Text(object node, string key) => Map(node)[key].ShouldBeOfType<string>();
}
