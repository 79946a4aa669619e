using RareNewsSite.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace RareNewsSite.Tests.Cms;

/// <summary>Issue #15: <c>/admin/index.html</c>, the page that loads Decap CMS.</summary>
public sealed class DecapAdminPageTests
{
    [Fact]
    public void Should_Load_The_Pinned_Bundle_With_Its_Integrity_Hash_And_Name_Its_Configuration()
    {
        var page = DecapConfigTests.Site().Build(settings: new Dictionary<string, string> { ["GenerateCms"] = "true", ["CmsRepository"] = "o/r" })
            .ShouldSucceed().File("admin/index.html");

        page.ShouldContain("""<script src="https://unpkg.com/decap-cms@3.16.3/dist/decap-cms.js" integrity="sha384-A/Gdn928CNLufmnGWGs9RM4Q9o8bSNLeJERqBFrBjwzL7FRpoLT3MPF8Tl0+Wd2p" crossorigin="anonymous"></script>""");
        page.ShouldContain("""<link href="/admin/config.yml" type="text/yaml" rel="cms-config-url">""");
        page.ShouldContain("""<meta name="robots" content="noindex">""");
    }

    [Fact]
    public void Should_Load_A_Copy_The_Site_Serves_Under_Its_Link_Root_Without_A_Hash()
    {
        var built = DecapConfigTests.Site("""{ "Host": "news.example.org", "LinkRoot": "/news/" }""")
            .Build(settings: new Dictionary<string, string> { ["GenerateCms"] = "true", ["CmsRepository"] = "o/r", ["CmsScript"] = "/assets/decap/decap-cms.js" })
            .ShouldSucceed();
        var page = built.File("admin/index.html");

        page.ShouldContain("""<script src="/news/assets/decap/decap-cms.js"></script>""");
        page.ShouldContain("""<link href="/news/admin/config.yml" type="text/yaml" rel="cms-config-url">""");
    }

    [Fact]
    public void Should_Escape_The_Site_Title_And_The_Script_Address()
    {
        var built = DecapConfigTests.Site("""{ "Host": "news.example.org", "SiteTitle": "</title><script>alert(1)</script> & \"Co\"" }""")
            .Build(settings: new Dictionary<string, string>
            {
                ["GenerateCms"] = "true",
                ["CmsRepository"] = "o/r",
                ["CmsScript"] = "https://cdn.example.org/decap.js?v=\"><script>alert(2)</script>",
            })
            .ShouldSucceed();
        var page = built.File("admin/index.html");

        page.ShouldContain("<title>Editor · &lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot;</title>");
        page.ShouldContain("""<script src="https://cdn.example.org/decap.js?v=&quot;&gt;&lt;script&gt;alert(2)&lt;/script&gt;"></script>""");
        page.ShouldNotContain("<script>alert");
    }

    [Fact]
    public void Should_Ask_Browsers_To_Check_The_Admin_Page_Each_Time_And_Keep_It_Out_Of_The_Sitemap()
    {
        var built = DecapConfigTests.Site().Build(settings: new Dictionary<string, string> { ["GenerateCms"] = "true", ["CmsRepository"] = "o/r" }).ShouldSucceed();

        built.File("_headers").ShouldContain("/admin/*\n  Cache-Control: no-cache\n");
        built.File("sitemap.xml").ShouldNotContain("admin");
    }

    [Fact]
    public void Should_Refuse_A_Page_At_The_Address_Of_The_Editor()
    {
        var site = DecapConfigTests.Site();
        site.Files.Add("input/pages/admin.md", "---\ntitle: Admin\n---\nHello.\n");

        var built = site.Build(settings: new Dictionary<string, string> { ["GenerateCms"] = "true", ["CmsRepository"] = "o/r" });

        built.Result.Succeeded.ShouldBeFalse();
        built.Diagnostics.ShouldContain("input/pages/admin.md:1:1: error RN0106: the URL '/admin/' is already used by the CMS editor (GenerateCms in statiq.json); rename the page");
        site.Build().ShouldSucceed().File("admin/index.html").ShouldContain("Hello.");
    }
}
