using RareNewsSite.Content;
using RareNewsSite.Schemas;
using RareNewsSite.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace RareNewsSite.Tests.Schemas;

/// <summary>
/// The JSON Schemas for editors and the build agree, key by key: a value of the right type passes both, a value of the
/// wrong type fails both (the build at that key's line), a missing required key and an unknown key are flagged by both.
/// Every key of every kind is tried, so a key added to <see cref="FrontMatterSchema"/> is tried at once.
/// </summary>
public sealed class SchemaDriftTests
{
    public static TheoryData<string, string> Fields()
    {
        var data = new TheoryData<string, string>();
        foreach (var schema in FrontMatterSchema.All)
        {
            foreach (var field in schema.Fields)
            {
                data.Add(schema.Kind, field.Name);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Fields))]
    public void Should_Accept_A_Value_Of_The_Defined_Type_In_The_Build_And_The_Schema(string kind, string key)
    {
        // Given
        var field = FrontMatterSchema.All.Single(s => s.Kind == kind).Find(key)!;
        var site = SampleSite.With(kind, key, ValidValue(kind, field));

        // When
        var built = site.Build();

        // Then
        built.Result.Diagnostics.Where(d => d.IsError).ShouldBeEmpty(string.Join('\n', built.Diagnostics));
        SchemaValidation.Errors(SchemaOf(kind), YamlAsJson.FrontMatter(Text(site, SampleSite.PathOf(kind)))).ShouldBeNull();
    }

    [Theory]
    [MemberData(nameof(Fields))]
    public void Should_Reject_A_Value_Of_Another_Type_In_The_Build_And_The_Schema(string kind, string key)
    {
        // Given
        var field = FrontMatterSchema.All.Single(s => s.Kind == kind).Find(key)!;
        var site = SampleSite.With(kind, key, WrongValue(field));
        var path = SampleSite.PathOf(kind);
        var line = Array.IndexOf(Text(site, path).Split('\n'), $"{key}: {WrongValue(field)}") + 1;

        // When
        var built = site.Build();

        // Then
        built.Result.Diagnostics.ShouldContain(d => d.IsError && d.Span.Path == path && d.Span.Line == line, string.Join('\n', built.Diagnostics));
        SchemaValidation.Errors(SchemaOf(kind), YamlAsJson.FrontMatter(Text(site, path))).ShouldNotBeNull();
    }

    [Theory]
    [MemberData(nameof(Fields))]
    public void Should_Require_The_Same_Keys_In_The_Build_And_The_Schema(string kind, string key)
    {
        var schema = FrontMatterSchema.All.Single(s => s.Kind == kind);
        if (!SampleSite.Minimal(kind).ContainsKey(key))
        {
            return; // Only keys the minimal file has can be taken away.
        }
        var site = SampleSite.With(kind, key, value: null);
        var built = site.Build();
        var schemaErrors = SchemaValidation.Errors(SchemaOf(kind), YamlAsJson.FrontMatter(Text(site, SampleSite.PathOf(kind))));
        var required = schema.Find(key)!.Required || schema.NeedsOneOf.Any(g => g.Contains(key));
        built.Result.Diagnostics.Any(d => d.IsError && d.Message.Contains($"missing required key '{key}'", StringComparison.Ordinal)).ShouldBe(required, string.Join('\n', built.Diagnostics));
        (schemaErrors is not null).ShouldBe(required, schemaErrors);
    }

    [Fact]
    public void Should_Flag_An_Unknown_Key_In_The_Build_And_The_Schema()
    {
        foreach (var schema in FrontMatterSchema.All)
        {
            var site = SampleSite.With(schema.Kind, "colour", "blue");
            site.Build().Diagnostics.ShouldContain(d => d.Contains("warning RN0103: unknown key 'colour'", StringComparison.Ordinal));
            SchemaValidation.Errors(SchemaOf(schema.Kind), YamlAsJson.FrontMatter(Text(site, SampleSite.PathOf(schema.Kind)))).ShouldNotBeNull();
        }
    }

    private static string Text(TestSite site, string path) => System.Text.Encoding.UTF8.GetString(site.Files.ReadAllBytes(path));

    private static string SchemaOf(string kind) => EditorSchemas.All().Single(f => f.FileName == $"{kind}.schema.json").Json;

    // A value the build accepts without an error in the sample site (whose author, disease, reviewer and image exist).
    private static string ValidValue(string kind, FrontMatterField field) => (kind, field.Name) switch
    {
        ("article", "author") => "ann",
        ("article", "authors") => "[ann]",
        ("article", "diseases") => "[fabry-disease]",
        ("article", "aliases") => "[/old-news/a/]",
        ("article", "slug") => "a-new-name",
        ("article", "image") => "/assets/a.svg\nimage_alt: A drawing of blood cells",
        ("article", "image_credit_url" or "image_license_url") => "https://example.org/credit",
        ("article", "image_focus") => "\"30% 40%\"",
        (_, "reviewed_by") => "rev",
        (_, "avatar") => "/assets/a.svg",
        (_, "sources") => "[{title: The study, doi: 10.1056/NEJMoa2214171, pmid: 37099340, year: 2023, authors: [Doe J], url: \"https://example.org/study\"}]",
        (_, "corrections") => "[{date: 2026-01-03, text: We said 40 babies; the study had 30.}]",
        ("article", "study") => "{design: single-group-trial, phase: \"1/2\", participants: 30, comparison: historical-controls, comparison_group: Babies treated before, registry: NCT04017000}",
        (_, "links") => "[{title: ORCID, url: \"https://orcid.org/0000-0002-1825-0097\"}]",
        _ => field.Type switch
        {
            FieldType.Text => "Plain words",
            FieldType.Date => "2026-01-02",
            FieldType.Boolean => "false",
            FieldType.Integer => "2",
            FieldType.TextList => "[one, two]",
            FieldType.TrialNumbers => "[NCT04017000]",
            _ => throw new InvalidOperationException($"no valid sample for {kind} '{field.Name}' ({field.Type}): add one"),
        },
    };

    private static string WrongValue(FrontMatterField field) => field.Type switch
    {
        FieldType.Text => "[a, b]",
        FieldType.Date => "next week",
        FieldType.Boolean => "maybe",
        FieldType.Integer => "many",
        FieldType.TextList or FieldType.MappingList or FieldType.Mapping => "just one",
        FieldType.TrialNumbers => "[NCT123]",
        _ => throw new InvalidOperationException($"no wrong sample for {field.Type}"),
    };
}
