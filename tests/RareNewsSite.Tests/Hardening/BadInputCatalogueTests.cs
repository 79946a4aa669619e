using System.Diagnostics;
using System.Globalization;
using System.Text;
using RareNewsSite.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace RareNewsSite.Tests.Hardening;

/// <summary>
/// The catalogue of bad input (issue #6): each case builds a site holding one mistake and asserts the exact
/// diagnostic. Encoding cases are in FrontMatterTests; the CLI-level subset (exit code, no stack trace,
/// previous output kept) is in BadInputCliTests.
/// </summary>
public sealed class BadInputCatalogueTests
{
    private static IReadOnlyList<string> Diagnostics(string frontMatter, string body = "Body.\n") =>
        CatalogueSite.Diagnostics(frontMatter, body);

    private static IReadOnlyList<string> DiagnosticsOfFile(string content) =>
        CatalogueSite.With("input/articles/a.md", content).Build().Diagnostics;

    [Fact]
    public void Should_Report_Unclosed_Front_Matter() =>
        DiagnosticsOfFile("---\ntitle: T\ndate: 2026-01-01\n\nBody.\n").ShouldBe([
            "input/articles/a.md:1:1: error RN0108: front matter is not closed: end it with a line of three dashes '---'",
        ]);

    [Fact]
    public void Should_Report_Missing_Front_Matter() =>
        DiagnosticsOfFile("# Just a heading\n\nBody.\n").ShouldBe([
            "input/articles/a.md:1:1: error RN0108: missing front matter: start the file with a '---' line, the keys, and another '---' line",
        ]);

    [Theory]
    [InlineData("")]
    [InlineData("\n\n  \n")]
    public void Should_Report_An_Empty_File(string content) =>
        DiagnosticsOfFile(content).ShouldBe([
            "input/articles/a.md:1:1: error RN0108: the file is empty: start it with a '---' line, the keys, and another '---' line",
        ]);

    [Fact]
    public void Should_Report_A_Tab_In_Yaml_Indentation() =>
        Diagnostics("title: T\nsources:\n\t- x").ShouldBe([
            "input/articles/a.md:4:1: error RN0100: invalid YAML: tabs are not allowed for indentation; use spaces",
        ]);

    [Fact]
    public void Should_Report_Bad_Indentation() =>
        Diagnostics("title: T\ndate: 2026-01-01\n  author: ann").ShouldBe([
            "input/articles/a.md:4:9: error RN0100: invalid YAML: a 'key: value' is not allowed here; check this line's indentation, or quote a value that contains ': '",
        ]);

    [Fact]
    public void Should_Report_A_Line_With_No_Key() =>
        Diagnostics(" : tomorrow").ShouldBe([
            "input/articles/a.md:2:1: error RN0100: invalid YAML: a 'key: value' line here has no key before its ':'",
        ]);

    [Fact]
    public void Should_Report_A_Duplicate_Key() =>
        Diagnostics("title: T\ndate: 2026-01-01\nauthor: ann\nsummary: S\ntitle: U").ShouldBe([
            "input/articles/a.md:6:1: error RN0100: invalid YAML: a key appears twice",
        ]);

    [Fact]
    public void Should_Report_Wrong_Types() =>
        Diagnostics("title: T\ndate: tomorrow\nauthor: ann\nsummary: S\ntags: 5").ShouldBe([
            "input/articles/a.md:3:7: error RN0102: 'date' is not a valid date (\"tomorrow\"); use YYYY-MM-DD",
            "input/articles/a.md:6:7: error RN0102: 'tags' must be a list, such as [5]",
        ]);

    [Fact]
    public void Should_Report_Missing_Keys() =>
        Diagnostics("title: T\ndate: 2026-01-01").ShouldBe([
            "input/articles/a.md:1:1: error RN0101: missing required key 'author'",
            "input/articles/a.md:1:1: error RN0101: missing required key 'summary'",
        ]);

    [Fact]
    public void Should_Report_Unknown_Author_And_Disease_With_Did_You_Mean() =>
        Diagnostics("title: T\ndate: 2026-01-01\nauthor: anne\nsummary: S\ndiseases: [cff]").ShouldBe([
            "input/articles/a.md:4:1: error RN0104: unknown author 'anne'; did you mean 'ann'?",
            "input/articles/a.md:6:1: error RN0105: unknown disease 'cff'; did you mean 'cf'?",
        ]);

    [Fact]
    public void Should_Report_Two_Articles_With_The_Same_Slug()
    {
        var site = CatalogueSite.With("input/articles/2025/news.md", CatalogueSite.Article + "Old.\n");
        site.Files.Add("input/articles/2026/news.md", CatalogueSite.Article + "New.\n");

        site.Build().Diagnostics.ShouldBe([
            "input/articles/2026/news.md:2:1: error RN0106: the URL '/articles/news/' is already used by input/articles/2025/news.md",
        ]);
    }

    [Theory]
    [InlineData("../x")]
    [InlineData("a/b")]
    [InlineData("a\\\\b")]
    [InlineData("caf\u00e9 news")]
    [InlineData("a?b#c")]
    public void Should_Report_A_Slug_That_Is_Not_A_Url_Segment(string slug) =>
        Diagnostics($"title: T\ndate: 2026-01-01\nauthor: ann\nsummary: S\nslug: \"{slug}\"").ShouldBe([
            $"input/articles/a.md:6:1: error RN0107: slug \"{slug.Replace("\\\\", "\\", StringComparison.Ordinal)}\" may only use lower-case letters, digits and single hyphens",
        ]);

    [Theory]
    [InlineData("/old/../secret/")]
    [InlineData("old-news/")]
    [InlineData("/old\\\\news/")]
    [InlineData("/old news/")]
    [InlineData("/old?x=1")]
    [InlineData("//evil.example/")]
    public void Should_Report_An_Alias_That_Is_Not_A_Site_Path(string alias) =>
        Diagnostics($"title: T\ndate: 2026-01-01\nauthor: ann\nsummary: S\naliases: [\"{alias}\"]").ShouldBe([
            $"input/articles/a.md:6:1: error RN0107: alias \"{alias.Replace("\\\\", "\\", StringComparison.Ordinal)}\" must be a site path such as \"/old-news/story/\" (letters, digits, '-', '_' and '/', no '..')",
        ]);

    [Fact]
    public void Should_Build_A_File_With_Bom_And_Crlf()
    {
        var site = CatalogueSite.With("input/articles/a.md", "");
        site.Files.Add("input/articles/a.md", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(CatalogueSite.Article.Replace("\n", "\r\n", StringComparison.Ordinal) + "## Hi\r\n\r\nSee [results](good.md#results).\r\n")]);

        var built = site.Build().ShouldSucceed();

        built.Diagnostics.ShouldBeEmpty();
        built.File("articles/a/index.html").ShouldContain("<a href=\"/articles/good/#results\">results</a>");
    }

    [Fact]
    public void Should_Refuse_A_Yaml_Alias_Bomb_Quickly()
    {
        var bomb = new StringBuilder("title: T\ndate: 2026-01-01\nauthor: ann\nsummary: S\na0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var i = 1; i < 12; i++)
        {
            bomb.Append(CultureInfo.InvariantCulture, $"a{i}: &a{i} [*a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}]\n");
        }
        bomb.Append("tags: *a11");

        Diagnostics(bomb.ToString()).ShouldBe([
            "input/articles/a.md:7:10: error RN0111: YAML aliases ('*a0') are not allowed in front matter; write the value out",
        ]);
    }

    [Theory]
    [InlineData(1000)]
    [InlineData(30_000)]
    public void Should_Refuse_Deeply_Nested_Yaml(int depth) =>
        Diagnostics("title: T\ndate: 2026-01-01\nauthor: ann\nsummary: S\ntags: " + new string('[', depth) + new string(']', depth)).ShouldBe([
            "input/articles/a.md:6:22: error RN0111: front matter is nested more than 16 levels deep",
        ]);

    [Fact]
    public void Should_Refuse_Very_Large_Front_Matter() =>
        Diagnostics("title: T\ndate: 2026-01-01\nauthor: ann\nsummary: " + new string('x', 70_000)).ShouldBe([
            "input/articles/a.md:2:1: error RN0111: front matter is larger than 64 KB; move long text into the body",
        ]);

    [Fact]
    public void Should_Build_A_5_MB_Article()
    {
        // Given: about 5 MB of ordinary Markdown (headings, paragraphs, lists, a table)
        var body = new StringBuilder();
        for (var i = 0; body.Length < 5 * 1024 * 1024; i++)
        {
            body.Append(CultureInfo.InvariantCulture, $"## Section {i}\n\nPatients and families asked about *treatment* {i}; see [results](#section-0).\n\n- Fever\n- Bone pain\n\n| a | b |\n|---|---|\n| {i} | 93% |\n\n");
        }
        var site = CatalogueSite.With("input/articles/big.md", CatalogueSite.Article + body);

        // When
        var watch = Stopwatch.StartNew();
        var built = site.Build();

        // Then: it works; the time is printed for the reader, never asserted
        built.ShouldSucceed();
        built.File("articles/big/index.html").Length.ShouldBeGreaterThan(5 * 1024 * 1024);
        Console.WriteLine($"5 MB article built in {watch.Elapsed.TotalSeconds:0.0} s");
    }

    [Fact]
    public void Should_Report_A_Missing_Image_And_Publish_An_Existing_One()
    {
        var site = CatalogueSite.With("input/articles/a.md", CatalogueSite.Article +
            "![Bone marrow scan](../assets/scan.png)\n\n![Chart](/assets/missing.png)\n\n![Photo](photo.jpg)\n");
        site.Files.Add("input/assets/scan.png", RareNewsSite.Tests.Images.TestPhotos.Png(64, 64));
        site.Files.Add("input/articles/photo.jpg", [0xFF, 0xD8]);

        var built = site.Build();

        built.Diagnostics.ShouldBe([
            "input/articles/a.md:9:1: error RN0207: image '/assets/missing.png' does not exist; put it in input/assets/ and link it as /assets/<name>",
            "input/articles/a.md:11:1: error RN0207: image 'photo.jpg' is not published: only files under input/assets/ are; move it there",
        ]);
    }

    [Fact]
    public void Should_Publish_Images_From_Input_Assets()
    {
        var site = CatalogueSite.With("input/articles/a.md", CatalogueSite.Article.Replace("summary: S\n", "summary: S\nimage: /assets/scan.png\nimage_alt: A scan\n", StringComparison.Ordinal) +
            "![Bone marrow scan](../assets/scan.png)\n");
        site.Files.Add("input/assets/scan.png", RareNewsSite.Tests.Images.TestPhotos.Png(600, 400));

        var built = site.Build().ShouldSucceed();

        built.File("articles/a/index.html").ShouldContain(
            "<picture><source type=\"image/webp\" srcset=\"/img/scan.png/480.webp 480w, /img/scan.png/600.webp 600w\" sizes=\"(min-width: 55em) 53em, calc(100vw - 2rem)\">" +
            "<img src=\"/assets/scan.png\" srcset=\"/img/scan.png/480.png 480w, /assets/scan.png 600w\" sizes=\"(min-width: 55em) 53em, calc(100vw - 2rem)\" width=\"600\" height=\"400\" " +
            "alt=\"Bone marrow scan\" loading=\"lazy\" decoding=\"async\"></picture>");
        built.Output.Contains("assets/scan.png").ShouldBeTrue();
        built.Output.Contains("img/scan.png/480.webp").ShouldBeTrue();
    }

    [Fact]
    public void Should_Report_A_Missing_Lead_Image_And_Images_Without_Alt_Text() =>
        Diagnostics("title: T\ndate: 2026-01-01\nauthor: ann\nsummary: S\nimage: /assets/lead.png", "![](https://example.org/x.png)\n").ShouldBe([
            "input/articles/a.md:6:1: error RN0109: 'image' needs 'image_alt' describing it (use \"\" for a decorative image)",
            "input/articles/a.md:6:1: error RN0207: image '/assets/lead.png' does not exist; put it in input/assets/ and link it as /assets/<name>",
            "input/articles/a.md:8:1: warning RN0208: image 'https://example.org/x.png' has no alt text; describe it in ![…](https://example.org/x.png) unless it is purely decorative",
        ]);

    [Fact]
    public void Should_Report_A_Broken_Link_And_Anchor() =>
        Diagnostics("title: T\ndate: 2026-01-01\nauthor: ann\nsummary: S", "See [a](missing.md), [b](good.md#nowhere) and [c](#top).\n").ShouldBe([
            "input/articles/a.md:7:5: error RN0201: link target 'missing.md' is not an article or page of this site",
            "input/articles/a.md:7:22: error RN0202: no heading with id 'nowhere' in 'good.md'; its heading ids are 'results'",
            "input/articles/a.md:7:47: error RN0202: no heading with id 'top' in this file; it has no headings to link to",
        ]);

    [Fact]
    public void Should_Refuse_Script_And_Data_Links() =>
        Diagnostics("title: T\ndate: 2026-01-01\nauthor: ann\nsummary: S", "[x](javascript:alert(1)) ![y](data:image/png;base64,AAAA)\n").ShouldBe([
            "input/articles/a.md:7:1: error RN0205: link target \"javascript:alert(1)\" is not allowed; use an https:// address",
            "input/articles/a.md:7:26: error RN0205: link target \"data:image/png;base64,AAAA\" is not allowed; use an https:// address",
        ]);

    [Fact]
    public void Should_Warn_About_Raw_Html_And_Show_It_As_Text()
    {
        var built = CatalogueSite.With("input/articles/a.md", CatalogueSite.Article +
            "Text with <b>bold</b> and a < b.\n\n<div class=\"x\">\nblock\n</div>\n\n`<code>` is fine.\n\nA tag written as &lt;b&gt; is meant as text.\n").Build();

        built.Diagnostics.ShouldBe([
            "input/articles/a.md:7:11: warning RN0206: raw HTML '<b>' is shown as text; use Markdown instead (or set AllowRawHtml for a trusted site)",
            "input/articles/a.md:9:1: warning RN0206: raw HTML '<div class=\"x\">' is shown as text; use Markdown instead (or set AllowRawHtml for a trusted site)",
            "input/articles/a.md:11:1: warning RN0206: raw HTML '</div>' is shown as text; use Markdown instead (or set AllowRawHtml for a trusted site)",
        ]);
        built.File("articles/a/index.html").ShouldContain("&lt;b&gt;bold&lt;/b&gt;");
    }

    [Fact]
    public void Should_Pass_Raw_Html_Without_Warning_When_Allowed()
    {
        var built = CatalogueSite.With("input/articles/a.md", CatalogueSite.Article + "Text with <b>bold</b>.\n")
            .Build(settings: new Dictionary<string, string> { ["AllowRawHtml"] = "true" });

        built.Diagnostics.ShouldBeEmpty();
        built.File("articles/a/index.html").ShouldContain("<b>bold</b>");
    }

    [Fact]
    public void Should_Report_A_Template_Syntax_Error_With_Its_Position()
    {
        var site = CatalogueSite.With("theme/layouts/article.sbn-html", "<h1>{{ article.title }}</h1>\n<p>{{ if article.summary }}</p>\n");

        site.Build().Diagnostics.ShouldBe([
            "theme/layouts/article.sbn-html:2:28: error RN0301: error while parsing if statement: The <end> statement was not found in: if <expression> ... end|else|else if",
        ]);
    }

    [Fact]
    public void Should_Report_A_Template_Runtime_Error_With_Its_Position()
    {
        var site = CatalogueSite.With("theme/layouts/article.sbn-html", "<h1>{{ article.title }}</h1>\n<p>{{ article.autor.name }}</p>\n");

        site.Build().Diagnostics.ShouldBe([
            "theme/layouts/article.sbn-html:2:15: error RN0302: cannot get member with name autor",
        ]);
    }

    [Theory]
    [InlineData("{ \"SiteTitle\": }", "statiq.json:1:16: error RN0401: invalid JSON: '}' is an invalid start of a value")]
    [InlineData("{\n  \"SiteTitel\": \"x\"\n}", "statiq.json:2:3: error RN0401: unknown setting 'SiteTitel'; did you mean 'SiteTitle'?")]
    [InlineData("{\n  \"PageSize\": \"ten\"\n}", "statiq.json:2:20: error RN0401: invalid JSON: the JSON value could not be converted to System.Int32")]
    public void Should_Report_A_Bad_Settings_File(string json, string expected) =>
        CatalogueSite.With("statiq.json", json).Build().Diagnostics.ShouldBe([expected]);
}
