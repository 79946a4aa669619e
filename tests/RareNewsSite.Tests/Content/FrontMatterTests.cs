using RareNewsSite.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace RareNewsSite.Tests.Content;

/// <summary>Front matter problems, each reported at the key's line and column in the file.</summary>
public sealed class FrontMatterTests
{
    private static IReadOnlyList<string> Diagnostics(string frontMatter, string body = "Body.") =>
        TestSite.FromText($"""
            -- input/authors/ann.md --
            ---
            name: Ann
            ---
            Bio.
            -- input/diseases/cf.md --
            ---
            name: Cystic fibrosis
            ---
            About CF.
            -- input/articles/a.md --
            ---
            {frontMatter}
            ---
            {body}
            """).Build().Diagnostics;

    [Fact]
    public void Should_Accept_A_Complete_Article_With_Crlf_And_Bom()
    {
        var site = TestSite.FromText("""
            -- input/authors/ann.md --
            ---
            name: Ann
            ---
            Bio.
            """);
        site.Files.Add("input/articles/a.md", [0xEF, 0xBB, 0xBF, .. "---\r\ntitle: T\r\ndate: 2026-01-01\r\nauthor: ann\r\nsummary: S\r\n---\r\n## Hi\r\n"u8.ToArray()]);
        var built = site.Build().ShouldSucceed();
        built.File("articles/a/index.html").ShouldContain("<h2 id=\"hi\">Hi</h2>");
    }

    [Fact]
    public void Should_Report_Missing_Required_Keys() =>
        Diagnostics("date: 2026-01-01").ShouldBe([
            "input/articles/a.md:1:1: error RN0101: missing required key 'author'",
            "input/articles/a.md:1:1: error RN0101: missing required key 'summary'",
            "input/articles/a.md:1:1: error RN0101: missing required key 'title'",
        ]);

    [Fact]
    public void Should_Report_Wrong_Types_At_Their_Values() =>
        Diagnostics("title: T\ndate: tomorrow\nauthor: ann\nsummary: S\ntags: 5\ndraft: maybe\nsources: x").ShouldBe([
            "input/articles/a.md:3:7: error RN0102: 'date' is not a valid date (\"tomorrow\"); use YYYY-MM-DD",
            "input/articles/a.md:6:7: error RN0102: 'tags' must be a list, such as [5]",
            "input/articles/a.md:7:8: error RN0102: 'draft' must be true or false",
            "input/articles/a.md:8:10: error RN0102: 'sources' must be a list, such as [{title: \"...\", url: https://...}]",
        ]);

    [Fact]
    public void Should_Report_Unknown_References_With_Hints() =>
        Diagnostics("title: T\ndate: 2026-01-01\nauthor: anne\nsummary: S\ndiseases: [cf, fabry]").ShouldBe([
            "input/articles/a.md:4:1: error RN0104: unknown author 'anne'; did you mean 'ann'?",
            "input/articles/a.md:6:1: error RN0105: unknown disease 'fabry'; add input/diseases/fabry.md",
        ]);

    [Fact]
    public void Should_Warn_About_Unknown_Keys_And_Still_Build()
    {
        Diagnostics("title: T\ndate: 2026-01-01\nauthor: ann\nsummary: S\nauthr: x").ShouldBe([
            "input/articles/a.md:6:1: warning RN0103: unknown key 'authr'; did you mean 'author'?",
        ]);
    }

    [Fact]
    public void Should_Require_Alt_Text_With_An_Image_And_Valid_Slugs() =>
        Diagnostics("title: T\ndate: 2026-01-01\nauthor: ann\nsummary: S\nimage: https://example.org/a.png\nslug: ../x\naliases: [/old/../x]").ShouldBe([
            "input/articles/a.md:6:1: error RN0109: 'image' needs 'image_alt' describing it (use \"\" for a decorative image)",
            "input/articles/a.md:7:1: error RN0107: slug \"../x\" may only use lower-case letters, digits and single hyphens",
            "input/articles/a.md:8:1: error RN0107: alias \"/old/../x\" must be a site path such as \"/old-news/story/\" (letters, digits, '-', '_' and '/', no '..')",
        ]);

    [Fact]
    public void Should_Report_Invalid_Yaml_With_Its_Position()
    {
        var diagnostics = Diagnostics("title: T\ndate: 2026-01-01\n  author: ann");
        diagnostics.Count.ShouldBe(1);
        diagnostics[0].ShouldStartWith("input/articles/a.md:4:");
        diagnostics[0].ShouldContain("error RN0100: invalid YAML");
    }

    [Fact]
    public void Should_Report_Two_Articles_With_The_Same_Url()
    {
        var built = TestSite.FromText("""
            -- input/authors/ann.md --
            ---
            name: Ann
            ---
            Bio.
            -- input/articles/a.md --
            ---
            title: A
            date: 2026-01-01
            author: ann
            summary: S
            ---
            A
            -- input/articles/b.md --
            ---
            title: B
            date: 2026-01-01
            author: ann
            summary: S
            slug: a
            ---
            B
            """).Build();
        built.Diagnostics.ShouldBe(["input/articles/b.md:6:1: error RN0106: the URL '/articles/a/' is already used by input/articles/a.md"]);
    }

    [Fact]
    public void Should_Report_Invalid_Utf8_And_Binary_Files()
    {
        var site = TestSite.FromText("-- input/pages/ok.md --\n---\ntitle: OK\n---\nok\n");
        site.Files.Add("input/articles/latin1.md", [.. "---\ntitle: caf"u8.ToArray(), 0xE9, .. "\n---\n"u8.ToArray()]);
        site.Files.Add("input/articles/binary.md", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x01]);
        site.Build().Diagnostics.ShouldBe([
            "input/articles/binary.md:1:1: error RN0110: the file is binary, not Markdown text",
            "input/articles/latin1.md:2:11: error RN0110: the file is not valid UTF-8 text; save it as UTF-8",
        ]);
    }
}
