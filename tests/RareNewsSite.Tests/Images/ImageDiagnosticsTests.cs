using System.Text;
using RareNewsSite.Tests.Hardening;
using RareNewsSite.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace RareNewsSite.Tests.Images;

/// <summary>Bad images and image keys: one diagnostic each, with the file and position, all in one run.</summary>
public sealed class ImageDiagnosticsTests
{
    private static IReadOnlyList<string> DiagnosticsOf(string path, byte[] bytes)
    {
        var site = CatalogueSite.With(path, bytes.Length == 0 ? "" : "x");
        site.Files.Add(path, bytes);
        return site.Build().Diagnostics;
    }

    [Fact]
    public void Should_Refuse_A_Damaged_Photo() =>
        DiagnosticsOf("input/assets/scan.jpg", [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, .. "garbage that is no JPEG"u8]).ShouldBe([
            "input/assets/scan.jpg:1:1: error RN0540: the file is not a JPEG image that can be read: it is damaged or not an image; export or copy it again",
        ]);

    [Fact]
    public void Should_Refuse_A_Photo_Cut_Short()
    {
        var photo = TestPhotos.Jpeg(640, 480);
        DiagnosticsOf("input/assets/scan.jpg", photo[..(photo.Length * 2 / 3)]).ShouldBe([
            "input/assets/scan.jpg:1:1: error RN0540: the file is cut short (truncated): only part of the picture is there; export or copy it again",
        ]);
    }

    [Fact]
    public void Should_Say_When_An_Extension_Lies_About_The_Format() =>
        DiagnosticsOf("input/assets/photos/scan.jpg", TestPhotos.Png(64, 64)).ShouldBe([
            "input/assets/photos/scan.jpg:1:1: error RN0541: the file is named .jpg but holds a PNG image; rename it to 'scan.png' (and the links to it)",
        ]);

    [Fact]
    public void Should_Refuse_A_Photo_Over_50_Megapixels_From_Its_Header_Alone()
    {
        // A small JPEG whose header claims 10,000 x 6,000 pixels: decoding it would take 240 MB; the header is enough to refuse it
        var photo = TestPhotos.Jpeg(64, 48);
        var sof = photo.AsSpan().IndexOf((ReadOnlySpan<byte>)[0xFF, 0xC0]);
        photo[sof + 5] = 6000 >> 8;
        photo[sof + 6] = 6000 & 0xFF;
        photo[sof + 7] = 10000 >> 8;
        photo[sof + 8] = 10000 & 0xFF;

        DiagnosticsOf("input/assets/huge.jpg", photo).ShouldBe([
            "input/assets/huge.jpg:1:1: error RN0542: the image is 10000 x 6000 pixels (60 megapixels), over the limit of 50; make it smaller (4000 pixels wide is plenty) and save it again",
        ]);
    }

    [Theory]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\">\n  <script>alert(1)</script>\n</svg>", "2:4",
        "it contains a <script>, which would run as the site when the file is opened; remove it (export the drawing again without scripts)")]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\"><rect onload=\"alert(1)\"/></svg>", "1:47",
        "the attribute 'onload' runs a script when the drawing is opened; remove it")]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">\n<image xlink:href=\"https://tracker.example/p.png\"/></svg>", "2:8",
        "it refers to 'https://tracker.example/p.png' outside the drawing (xlink:href); a published drawing must be whole in itself: embed or remove it")]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\"><style>@import url(https://x.example/a.css);</style></svg>", "1:48",
        "its style refers to '@import' outside the drawing; a published drawing must be whole in itself: remove it")]
    public void Should_Refuse_An_Svg_That_Runs_A_Script_Or_Reaches_Outside(string svg, string position, string problem) =>
        DiagnosticsOf("input/assets/d.svg", Encoding.UTF8.GetBytes(svg)).ShouldBe([$"input/assets/d.svg:{position}: error RN0543: the drawing is not published: {problem}"]);

    [Fact]
    public void Should_Publish_A_Safe_Svg_With_Its_Size()
    {
        var site = CatalogueSite.With("input/articles/a.md", CatalogueSite.Article + "![A drawing](/assets/d.svg)\n");
        site.Files.Add("input/assets/d.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 640 360\"><a href=\"#x\"><rect id=\"x\" width=\"10\" height=\"10\"/></a></svg>");

        var built = site.Build().ShouldSucceed();

        built.File("articles/a/index.html").ShouldContain("<img src=\"/assets/d.svg\" width=\"640\" height=\"360\" alt=\"A drawing\" loading=\"lazy\" decoding=\"async\">");
    }

    [Theory]
    [InlineData("image_focus: 120% 40%", "120% 40%")]
    [InlineData("image_focus: left top", "left top")]
    public void Should_Refuse_A_Focal_Point_Out_Of_Range(string line, string value) =>
        CatalogueSite.Diagnostics($"title: T\ndate: 2026-01-01\nauthor: ann\nsummary: S\n{line}").ShouldBe([
            $"input/articles/a.md:6:1: error RN0544: 'image_focus' is the point of the image crops keep in view, as two percentages from the top left between 0% and 100%, such as \"30% 40%\", not \"{value}\"",
        ]);

    [Fact]
    public void Should_Refuse_A_Credit_Link_That_Is_Not_A_Web_Address() =>
        CatalogueSite.Diagnostics("title: T\ndate: 2026-01-01\nauthor: ann\nsummary: S\nimage_credit: Ana\nimage_credit_url: javascript:alert(1)").ShouldBe([
            "input/articles/a.md:7:1: error RN0547: 'image_credit_url' must be an https:// address, not \"javascript:alert(1)\"",
        ]);

    [Fact]
    public void Should_Require_A_Credit_For_Every_Local_Image_When_The_Site_Says_So()
    {
        // Given a lead image without image_credit, a body image outside a figure, and one in a figure with a credit
        var site = CatalogueSite.With("input/articles/a.md", """
            ---
            title: T
            date: 2026-01-01
            author: ann
            summary: S
            image: /assets/p.png
            image_alt: A photo
            ---
            ![Uncredited](/assets/p.png)

            ::: figure
            ![Credited](/assets/p.png)
            Credit: Photo by Ana Silva
            :::
            """);
        site.Files.Add("input/assets/p.png", TestPhotos.Png(64, 64));
        site.Files.Add("statiq.json", """{ "Host": "example.org", "RequireImageCredit": true }""");

        // Then both missing credits are errors, in one run
        site.Build().Diagnostics.ShouldBe([
            "input/articles/a.md:6:1: error RN0545: the lead image needs a credit (the site sets RequireImageCredit): add image_credit: \"Photo: <who made it>\", and image_license when it has one",
            "input/articles/a.md:9:1: error RN0545: image '/assets/p.png' needs a credit (the site sets RequireImageCredit): put it in a '::: figure' with a line 'Credit: <who made it>' after it",
        ]);
    }

    [Fact]
    public void Should_Refuse_A_Figure_Without_An_Image() =>
        CatalogueSite.Diagnostics("title: T\ndate: 2026-01-01\nauthor: ann\nsummary: S", "::: figure\nJust words.\n:::\n").ShouldBe([
            "input/articles/a.md:7:1: error RN0546: '::: figure' must start with an image alone on its line (![What it shows](/assets/photo.jpg)); the lines after it are the caption, and one starting with 'Credit:' the credit",
        ]);
}
