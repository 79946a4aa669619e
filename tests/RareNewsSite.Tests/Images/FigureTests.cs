using RareNewsSite.Tests.Hardening;
using RareNewsSite.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace RareNewsSite.Tests.Images;

/// <summary>Captions and credits: Markdown images with a title, <c>::: figure</c>, and the lead image's keys in the built-in theme.</summary>
public sealed class FigureTests
{
    [Fact]
    public void Should_Make_An_Image_With_A_Title_Alone_In_Its_Paragraph_A_Figure()
    {
        var site = CatalogueSite.With("input/articles/a.md", CatalogueSite.Article +
            "![Bone marrow](/assets/p.png \"Bone marrow <seen> under a microscope\")\n\nText with ![icon](https://example.org/i.png \"Icon\") inline.\n");
        site.Files.Add("input/assets/p.png", TestPhotos.Png(64, 48));

        var page = site.Build().ShouldSucceed().File("articles/a/index.html");

        page.ShouldContain("<figure class=\"figure\"><picture><source type=\"image/webp\" srcset=\"/img/p.png/64.webp 64w\" sizes=\"(min-width: 55em) 53em, calc(100vw - 2rem)\">" +
            "<img src=\"/assets/p.png\" srcset=\"/assets/p.png 64w\" sizes=\"(min-width: 55em) 53em, calc(100vw - 2rem)\" width=\"64\" height=\"48\" alt=\"Bone marrow\" loading=\"lazy\" decoding=\"async\"></picture>" +
            "<figcaption>Bone marrow &lt;seen&gt; under a microscope</figcaption></figure>");
        // An image inside running text stays an image, with its title
        page.ShouldContain("<img src=\"https://example.org/i.png\" alt=\"icon\" title=\"Icon\" />");
    }

    [Fact]
    public void Should_Render_A_Figure_Container_With_Its_Caption_And_Credit()
    {
        var site = CatalogueSite.With("input/articles/a.md", CatalogueSite.Article +
            "::: figure\n![A ward](https://example.org/ward.jpg)\nNurses on the *infant* ward.\n\nCredit: Photo by Ana Silva, CC BY 4.0\n:::\n");

        var page = site.Build().ShouldSucceed().File("articles/a/index.html");

        page.ShouldContain("<figure class=\"figure\"><img src=\"https://example.org/ward.jpg\" alt=\"A ward\" />\n<figcaption>\n" +
            "<p>Nurses on the <em>infant</em> ward.</p>\n<p class=\"credit\">Credit: Photo by Ana Silva, CC BY 4.0</p>\n</figcaption></figure>");
    }

    [Fact]
    public void Should_Show_The_Lead_Images_Caption_Credit_And_Licence_Linked()
    {
        var site = CatalogueSite.With("input/articles/a.md", """
            ---
            title: T
            date: 2026-01-01
            author: ann
            summary: S
            image: /assets/p.png
            image_alt: "Nurses & babies"
            image_caption: "The infant ward at <night>"
            image_credit: "Photo: Ana Silva"
            image_credit_url: https://example.org/ana
            image_license: CC BY 4.0
            image_license_url: https://creativecommons.org/licenses/by/4.0/
            ---
            Body.
            """).WithRepoTheme();
        site.Files.Add("input/assets/p.png", TestPhotos.Png(64, 48));

        var page = site.Build().ShouldSucceed().File("articles/a/index.html");

        ResponsiveImagesCliTests.Between(page, "<figure class=\"lead-image\">", "</figure>").ShouldEndWith("alt=\"Nurses &amp; babies\" fetchpriority=\"high\"></picture>\n<figcaption>The infant ward at &lt;night&gt; <span class=\"credit\">" +
            "<a href=\"https://example.org/ana\">Photo: Ana Silva</a>, <a href=\"https://creativecommons.org/licenses/by/4.0/\" rel=\"license\">CC BY 4.0</a></span></figcaption>\n</figure>");
    }
}
