using RareNewsSite.Engine;
using RareNewsSite.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace RareNewsSite.Tests.Hardening;

/// <summary>
/// The mistakes an editor made in their first hour that used to pass silently (issue #14), each built through
/// <c>SiteBuilder</c> with its exact diagnostic; links that are right are checked in the built page.
/// </summary>
public sealed class EditorMistakesTests
{
    private static IReadOnlyList<string> Diagnostics(string frontMatter, string body = "Body.\n") =>
        CatalogueSite.Diagnostics(frontMatter, body);

    private const string Keys = "title: T\ndate: 2026-01-01\nauthor: ann\nsummary: S";

    // Regression: issue #14.
    [Fact]
    public void Should_Report_A_Title_Cut_By_A_Yaml_Comment() =>
        Diagnostics("title: Pompe disease #1 priority for families\ndate: 2026-01-01\nauthor: ann\nsummary: S").ShouldBe([
            "input/articles/a.md:2:22: error RN0112: 'title' stops before ' #': YAML reads the rest of the line as a comment, so the page would show \"Pompe disease\"; put the value in quotes: title: \"Pompe disease #1 priority for families\"",
        ]);

    [Theory]
    [InlineData("title: \"Pompe disease #1 priority\"")]
    [InlineData("title: Pompe disease#1 priority")]
    [InlineData("title: Pompe disease")]
    public void Should_Accept_A_Hash_That_Is_Not_A_Comment(string title) =>
        Diagnostics($"{title}\ndate: 2026-01-01 # the day of the press release\nauthor: ann\nsummary: S").ShouldBeEmpty();

    [Fact]
    public void Should_Report_Image_Alt_Written_With_No_Value()
    {
        var site = CatalogueSite.With("input/assets/scan.png", "");
        site.Files.Add("input/assets/scan.png", Images.TestPhotos.Png(32, 32));
        site.Files.Add("input/articles/a.md", $"---\n{Keys}\nimage: /assets/scan.png\nimage_alt:\n---\nBody.\n");

        site.Build().Diagnostics.ShouldBe([
            "input/articles/a.md:7:1: error RN0109: 'image_alt' has no value; describe the image, or write image_alt: \"\" if it is purely decorative",
        ]);
    }

    [Fact]
    public void Should_Accept_An_Image_Marked_Decorative_With_Empty_Quotes()
    {
        var site = CatalogueSite.With("input/assets/scan.png", "");
        site.Files.Add("input/assets/scan.png", Images.TestPhotos.Png(32, 32));
        site.Files.Add("input/articles/a.md", $"---\n{Keys}\nimage: /assets/scan.png\nimage_alt: \"\"\n---\nBody.\n");

        site.Build().Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void Should_Report_An_Unclosed_Container_And_Build_Nothing()
    {
        var built = CatalogueSite.With("input/articles/a.md", $"---\n{Keys}\n---\nIntro.\n\n::: note\nNews, not advice.\n\n## Later heading\n\nText[^1].\n\n[^1]: A source.\n").Build();

        built.Diagnostics.ShouldBe([
            "input/articles/a.md:9:1: error RN0211: '::: note' is never closed, so everything after it would be inside it; end it with a line of three colons ':::'",
        ]);
        built.Result.Succeeded.ShouldBeFalse();
    }

    [Fact]
    public void Should_Report_Placeholder_Text_Once_The_Draft_Is_Published()
    {
        var placeholder = $"---\ntitle: T\ndate: 2026-01-01\nauthor: ann\nsummary: \"{RareNewsSite.Content.ArticlePlaceholders.Summary}\"\n---\n{RareNewsSite.Content.ArticlePlaceholders.Body}";

        CatalogueSite.With("input/articles/a.md", placeholder).Build().Diagnostics.ShouldBe([
            "input/articles/a.md:5:1: error RN0113: 'summary' is still the placeholder that 'new article' wrote; write one or two sentences about this article",
            "input/articles/a.md:7:1: error RN0113: placeholder text from 'new article' would be published: \"Start with the news in one short paragraph: what was found, and who it helps.\"; replace it with the article's own words",
            "input/articles/a.md:11:1: error RN0113: placeholder text from 'new article' would be published: \"Explain it in plain words. Remove `draft: true` above to publish.\"; replace it with the article's own words",
        ]);
        CatalogueSite.With("input/articles/a.md", placeholder.Replace("summary:", "draft: true\nsummary:", StringComparison.Ordinal))
            .Build(new BuildOptions { Clock = TestClock.Default, IncludeDrafts = true }).Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void Should_Warn_About_A_Summary_Too_Long_For_A_Meta_Description()
    {
        var summary = string.Join(' ', Enumerable.Repeat("The trial enrolled infants at twelve centres.", 14));

        var built = CatalogueSite.With("input/articles/a.md", $"---\ntitle: T\ndate: 2026-01-01\nauthor: ann\nsummary: {summary}\n---\nBody.\n").Build();

        built.Diagnostics.ShouldBe([
            $"input/articles/a.md:5:1: warning RN0114: 'summary' is {summary.Length} characters; it is the meta description search results show (about 160) and the text of every list, so keep it to one or two sentences under 300",
        ]);
        built.Result.Succeeded.ShouldBeTrue();
    }

    [Fact]
    public void Should_Check_Links_Written_As_Site_Addresses()
    {
        var body = "See [a](/articles/god/), [b](/abuot/), [c](/diseases/cystic/), [d](/authors/anne/), [e](/tags/gene-therapy/) and [f](/articles/good/#result).\n";

        Diagnostics(Keys, body).ShouldBe([
            "input/articles/a.md:7:5: error RN0201: link target '/articles/god/' is not a page of this site; did you mean '/articles/good/'?",
            "input/articles/a.md:7:26: error RN0201: link target '/abuot/' is not a page of this site",
            "input/articles/a.md:7:40: error RN0201: link target '/diseases/cystic/' is not a page of this site",
            "input/articles/a.md:7:64: error RN0201: link target '/authors/anne/' is not a page of this site; did you mean '/authors/ann/'?",
            "input/articles/a.md:7:85: error RN0201: link target '/tags/gene-therapy/' is not a page of this site",
            "input/articles/a.md:7:114: error RN0202: no heading with id 'result' in '/articles/good/'; did you mean 'results'?",
        ]);
    }

    [Fact]
    public void Should_Rewrite_Site_Addresses_That_Exist_Under_The_Link_Root()
    {
        var site = CatalogueSite.With("input/articles/a.md", $"---\n{Keys}\ntags: [gene-therapy]\n---\n[a](/articles/good/#results) [b](/news/diseases/cf) [c](/tags/gene-therapy/) [d](/) [e](/feed.xml)\n");
        site.Files.Add("input/pages/about.md", "---\ntitle: About\n---\n[home](/news/articles/a/)\n");

        var built = site.Build(settings: new Dictionary<string, string> { ["LinkRoot"] = "/news/" }).ShouldSucceed();

        var page = built.File("articles/a/index.html");
        page.ShouldContain("<a href=\"/news/articles/good/#results\">a</a>");
        page.ShouldContain("<a href=\"/news/diseases/cf/\">b</a>");
        page.ShouldContain("<a href=\"/news/tags/gene-therapy/\">c</a>");
        page.ShouldContain("<a href=\"/news/\">d</a>");
        page.ShouldContain("<a href=\"/feed.xml\">e</a>");
        built.File("about/index.html").ShouldContain("<a href=\"/news/articles/a/\">home</a>");
    }

    [Fact]
    public void Should_Treat_A_Full_Address_Of_This_Site_Or_Of_The_Preview_As_A_Site_Address()
    {
        // Given: links copied from the address bar of the published site (Host example.org) and of the preview
        var site = CatalogueSite.With("input/articles/a.md", $"---\n{Keys}\n---\n[a](https://example.org/articles/good/#results) [b](http://127.0.0.1:5080/articles/good/) [c](https://other.example.com/articles/x/)\n");

        // When
        var page = site.Build().ShouldSucceed().File("articles/a/index.html");

        // Then: both become site links; another site's address is left alone
        page.ShouldContain("<a href=\"/articles/good/#results\">a</a>");
        page.ShouldContain("<a href=\"/articles/good/\">b</a>");
        page.ShouldContain("<a href=\"https://other.example.com/articles/x/\">c</a>");
        Diagnostics(Keys, "[b](http://localhost:5080/articles/god/)\n").ShouldBe([
            "input/articles/a.md:7:1: error RN0201: link target 'http://localhost:5080/articles/god/' is not a page of this site; did you mean '/articles/good/'?",
        ]);
    }

    [Fact]
    public void Should_Say_A_Site_Address_Names_A_Draft()
    {
        var site = CatalogueSite.With("input/articles/draft.md", "---\ntitle: D\ndate: 2026-01-01\nauthor: ann\nsummary: S\ndraft: true\n---\nBody.\n");
        site.Files.Add("input/articles/a.md", $"---\n{Keys}\n---\n[d](/articles/draft/)\n");

        site.Build().Diagnostics.ShouldBe([
            "input/articles/a.md:7:1: error RN0201: link target '/articles/draft/' is a draft or scheduled article and is not published in this build",
        ]);
    }

    [Fact]
    public void Should_Suggest_The_File_And_Explain_Dot_Dot_From_A_Subfolder() =>
        CatalogueSite.With("input/articles/2026/a.md", $"---\n{Keys}\n---\nSee [good](good.md).\n").Build().Diagnostics.ShouldBe([
            "input/articles/2026/a.md:7:5: error RN0201: link target 'good.md' is not an article or page of this site; did you mean '../good.md'? A link is relative to the folder of the file it is in (input/articles/2026/), so '../' goes up one folder",
        ]);

    [Fact]
    public void Should_List_The_Ids_When_An_Anchor_Is_Not_Close_To_Any() =>
        Diagnostics(Keys, "See [good](good.md#outcomes) and [here](#nowhere).\n\n## Background\n\n## Methods\n").ShouldBe([
            "input/articles/a.md:7:5: error RN0202: no heading with id 'outcomes' in 'good.md'; its heading ids are 'results'",
            "input/articles/a.md:7:34: error RN0202: no heading with id 'nowhere' in this file; its heading ids are 'background', 'methods'",
        ]);

    [Fact]
    public void Should_Suggest_A_Link_To_A_Misspelt_File() =>
        Diagnostics(Keys, "See [good](godo.md).\n").ShouldBe([
            "input/articles/a.md:7:5: error RN0201: link target 'godo.md' is not an article or page of this site; did you mean 'good.md'?",
        ]);

    [Fact]
    public void Should_Suggest_An_Image_With_A_Similar_Name()
    {
        var site = CatalogueSite.With("input/assets/bone-scan.png", "");
        site.Files.Add("input/assets/bone-scan.png", Images.TestPhotos.Png(32, 32));
        site.Files.Add("input/articles/a.md", $"---\n{Keys}\n---\n![Scan](/assets/bone-scna.png)\n\n![Scan](../assets/bone-scan.pgn)\n");

        site.Build().Diagnostics.ShouldBe([
            "input/articles/a.md:7:1: error RN0207: image '/assets/bone-scna.png' does not exist; did you mean '/assets/bone-scan.png'?",
            "input/articles/a.md:9:1: error RN0207: image '../assets/bone-scan.pgn' does not exist; did you mean '../assets/bone-scan.png'?",
        ]);
    }

    [Fact]
    public void Should_Blame_The_Newer_Article_For_A_Duplicate_Slug()
    {
        // Given: the newer article's file name sorts first, so file order alone would blame the older one
        var site = CatalogueSite.With("input/articles/aa-new.md", "---\ntitle: New\ndate: 2026-03-01\nauthor: ann\nsummary: S\nslug: good\n---\nBody.\n");

        // Then
        site.Build().Diagnostics.ShouldBe([
            "input/articles/aa-new.md:6:1: error RN0106: the URL '/articles/good/' is already used by input/articles/good.md",
        ]);
    }
}
