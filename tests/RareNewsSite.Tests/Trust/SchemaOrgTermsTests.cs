using System.Text.Json;
using RareNewsSite.Tests.Cli;
using Shouldly;
using Xunit;

namespace RareNewsSite.Tests.Trust;

/// <summary>
/// Every JSON-LD type and property the example site writes is a schema.org term used where schema.org allows it. The
/// table lists, for each type we write, the properties schema.org gives it (its own and those it inherits), as
/// schema.org's pages define them; a new term must be added here after checking it there.
/// </summary>
public sealed class SchemaOrgTermsTests
{
    private static readonly string[] Thing = ["@type", "name", "url", "description", "identifier", "sameAs", "alternateName"];
    private static readonly string[] CreativeWork = [.. Thing, "headline", "author", "publisher", "datePublished", "dateModified", "inLanguage", "about",
        "keywords", "mentions", "citation", "correction", "isPartOf", "mainEntityOfPage", "image", "text", "mainEntity"];
    private static readonly string[] WebPage = [.. CreativeWork, "lastReviewed", "reviewedBy"];

    private static readonly Dictionary<string, string[]> Allowed = new(StringComparer.Ordinal)
    {
        ["NewsArticle"] = CreativeWork,
        ["ScholarlyArticle"] = [.. CreativeWork, "pagination"],
        ["CreativeWork"] = CreativeWork,
        ["CorrectionComment"] = CreativeWork,
        ["WebPage"] = WebPage,
        ["CollectionPage"] = WebPage,
        ["MedicalWebPage"] = WebPage,
        ["ProfilePage"] = WebPage,
        ["WebSite"] = CreativeWork,
        ["Periodical"] = CreativeWork,
        ["Person"] = [.. Thing, "jobTitle", "hasCredential", "affiliation"],
        ["Organization"] = Thing,
        ["EducationalOccupationalCredential"] = CreativeWork,
        ["PropertyValue"] = [.. Thing, "propertyID", "value"],
        ["MedicalCondition"] = [.. Thing, "signOrSymptom", "code"],
        ["MedicalSignOrSymptom"] = Thing,
        ["MedicalCode"] = [.. Thing, "codeValue", "codingSystem"],
        ["MedicalTrial"] = Thing,
    };

    [Fact]
    public async Task Should_Write_Only_Schema_Org_Terms_Where_They_Belong_On_Every_Page()
    {
        // Given: the example site (a reviewer, a correction, a journal citation) built with a trial added
        using var site = new ExampleSiteCopy();
        var path = site.PathOf("input/articles/dmd-gene-therapy-trial-enrolls.md");
        File.WriteAllText(path, File.ReadAllText(path).Replace("tags: [gene-therapy", "trials: [NCT04017000]\ntags: [gene-therapy", StringComparison.Ordinal));
        var build = await CliRun.RunAsync("build", "-r", site.Root, "--clock", "2026-11-26");
        build.ExitCode.ShouldBe(0, build.Out + build.Error);

        // When: every JSON-LD node of every page is walked
        var problems = new List<string>();
        var types = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(site.PathOf("output"), "*.html", SearchOption.AllDirectories))
        {
            var html = File.ReadAllText(file);
            foreach (var json in ReviewCycleTests.JsonLdScripts(html))
            {
                using var doc = JsonDocument.Parse(json);
                foreach (var node in doc.RootElement.GetProperty("@graph").EnumerateArray())
                {
                    Walk(node, Path.GetRelativePath(site.Root, file), problems, types);
                }
            }
        }

        // Then
        problems.ShouldBeEmpty();
        types.ShouldContain("CorrectionComment");
        types.ShouldContain("ScholarlyArticle");
        types.ShouldContain("MedicalTrial");
        types.ShouldContain("EducationalOccupationalCredential");
    }

    private static void Walk(JsonElement node, string file, List<string> problems, HashSet<string> types)
    {
        switch (node.ValueKind)
        {
            case JsonValueKind.Array:
                foreach (var item in node.EnumerateArray())
                {
                    Walk(item, file, problems, types);
                }
                break;
            case JsonValueKind.Object:
                var type = node.TryGetProperty("@type", out var t) ? t.GetString()! : "(no @type)";
                types.Add(type);
                if (!Allowed.TryGetValue(type, out var allowed))
                {
                    problems.Add($"{file}: type {type} is not in the table");
                    break;
                }
                foreach (var property in node.EnumerateObject())
                {
                    if (!allowed.Contains(property.Name))
                    {
                        problems.Add($"{file}: {type}.{property.Name}");
                    }
                    if (property.Value.ValueKind == JsonValueKind.Null)
                    {
                        problems.Add($"{file}: {type}.{property.Name} is null");
                    }
                    Walk(property.Value, file, problems, types);
                }
                break;
        }
    }
}
