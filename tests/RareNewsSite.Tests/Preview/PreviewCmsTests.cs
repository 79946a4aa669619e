using Shouldly;
using Xunit;

namespace RareNewsSite.Tests.Preview;

/// <summary>Issue #15: the preview serves the Decap CMS editor as built, for editors who use it with decap-server.</summary>
public sealed class PreviewCmsTests
{
    [Fact]
    public async Task Should_Serve_The_Cms_Page_Without_The_Reload_Script_And_Its_Configuration_As_Yaml()
    {
        // Given: a site with the CMS on
        await using var host = await PreviewHost.StartAsync(root => File.WriteAllText(Path.Combine(root, "statiq.json"),
            """{ "Host": "example.org", "GenerateCms": true, "CmsRepository": "example-org/rare-news" }"""));

        // When
        var admin = await host.GetStringAsync("/admin/");
        using var config = await host.Client.GetAsync(new Uri("/admin/config.yml", UriKind.Relative));
        var article = await host.GetStringAsync("/articles/older-news/");

        // Then: a reload after each save would interrupt the editor; other pages keep the script
        admin.ShouldContain("decap-cms.js");
        admin.ShouldNotContain("_rarenews");
        config.Content.Headers.ContentType!.MediaType.ShouldBe("text/yaml");
        article.ShouldContain("/_rarenews/preview.js");
    }
}
