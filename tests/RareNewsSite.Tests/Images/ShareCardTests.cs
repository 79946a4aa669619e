using RareNewsSite.Tests.Cli;
using Shouldly;
using Xunit;

namespace RareNewsSite.Tests.Images;

/// <summary>Share cards through the command line: one 1200 x 630 picture per article, named in its Open Graph tags.</summary>
public sealed class ShareCardTests : IDisposable
{
    private const string Article = "input/articles/blinatumomab-infant-leukemia.md";
    private const string ShareCardFont = "theme/fonts/share-card.ttf";
    private readonly string _root = Path.Combine(Path.GetTempPath(), "rns-cards-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Should_Crop_The_Lead_Photo_Around_Its_Focal_Point()
    {
        // Given a 1000 x 2000 portrait photo whose top-left quarter is red, focused on its top-left corner
        await StartSiteAsync("image: /assets/ward.jpg\nimage_alt: \"A hospital ward\"\nimage_focus: 0% 0%");
        await File.WriteAllBytesAsync(PathOf("input/assets/ward.jpg"), TestPhotos.Jpeg(1000, 2000));

        // When
        var build = await CliRun.RunAsync("build", "-r", _root);

        // Then the card is 1200 x 630, cut from the top left, and the page names it with its size and alt text
        build.ExitCode.ShouldBe(0, build.Error + build.Out);
        var card = await File.ReadAllBytesAsync(PathOf("output/articles/blinatumomab-infant-leukemia/share.jpg"));
        TestPhotos.SizeOf(card).ShouldBe((1200, 630));
        TestPhotos.IsRed(TestPhotos.PixelAt(card, 10, 10)).ShouldBeTrue();
        TestPhotos.IsRed(TestPhotos.PixelAt(card, 1190, 620)).ShouldBeFalse();
        var page = await File.ReadAllTextAsync(PathOf("output/articles/blinatumomab-infant-leukemia/index.html"));
        page.ShouldContain("<meta property=\"og:image\" content=\"https://news.example.org/articles/blinatumomab-infant-leukemia/share.jpg\">\n" +
            "<meta property=\"og:image:width\" content=\"1200\">\n<meta property=\"og:image:height\" content=\"630\">\n" +
            "<meta property=\"og:image:alt\" content=\"A hospital ward\">\n<meta name=\"twitter:card\" content=\"summary_large_image\">");

        // When the focus moves to the bottom right, the card is made again from there
        var text = await File.ReadAllTextAsync(PathOf(Article));
        await File.WriteAllTextAsync(PathOf(Article), text.Replace("image_focus: 0% 0%", "image_focus: 100% 100%", StringComparison.Ordinal));
        (await CliRun.RunAsync("build", "-r", _root)).ExitCode.ShouldBe(0);
        card = await File.ReadAllBytesAsync(PathOf("output/articles/blinatumomab-infant-leukemia/share.jpg"));
        TestPhotos.IsRed(TestPhotos.PixelAt(card, 10, 10)).ShouldBeFalse();
    }

    [Fact]
    public async Task Should_Draw_A_Card_For_An_Article_Without_A_Lead_Photo_In_The_Themes_Colours()
    {
        // Given the starter article, which has no image
        await StartSiteAsync(null);

        // When
        var build = await CliRun.RunAsync("build", "-r", _root);

        // Then a drawn card: the header's blue (#005eb8) behind white text, named with the headline as its alt text
        build.ExitCode.ShouldBe(0, build.Error + build.Out);
        var card = await File.ReadAllBytesAsync(PathOf("output/articles/blinatumomab-infant-leukemia/share.png"));
        TestPhotos.SizeOf(card).ShouldBe((1200, 630));
        var corner = TestPhotos.PixelAt(card, 5, 5);
        (corner.Red, corner.Green, corner.Blue).ShouldBe(((byte)0x00, (byte)0x5e, (byte)0xb8));
        using (var bitmap = SkiaSharp.SKBitmap.Decode(card))
        {
            // Some pixels of the headline's rows are the white of the text
            Enumerable.Range(72, 1000).Any(x => bitmap.GetPixel(x, 200) == SkiaSharp.SKColors.White).ShouldBeTrue();
        }
        var page = await File.ReadAllTextAsync(PathOf("output/articles/blinatumomab-infant-leukemia/index.html"));
        page.ShouldContain("<meta property=\"og:image:alt\" content=\"Blinatumomab helps babies with a rare leukemia\">");
        // Every article page has its card
        foreach (var articlePage in Directory.EnumerateFiles(PathOf("output/articles"), "index.html", SearchOption.AllDirectories))
        {
            Directory.EnumerateFiles(Path.GetDirectoryName(articlePage)!, "share.*").Count().ShouldBe(1, articlePage);
        }
    }

    [Fact]
    public async Task Should_Say_Once_That_The_Themes_Card_Font_Cannot_Be_Read()
    {
        // Given a site whose own theme overrides the card font with a file that is not a font, and two articles
        await StartSiteAsync(null);
        Directory.CreateDirectory(PathOf("theme/fonts"));
        await File.WriteAllTextAsync(PathOf(ShareCardFont), "not a font");
        var text = await File.ReadAllTextAsync(PathOf(Article));
        await File.WriteAllTextAsync(PathOf("input/articles/second.md"), text.Replace("title: ", "title: Second: ", StringComparison.Ordinal));

        // When
        var build = await CliRun.RunAsync("build", "-r", _root);

        // Then one error names the font file (not one per article), and the build fails
        build.ExitCode.ShouldBe(1);
        var errors = (build.Error + build.Out).Split('\n').Where(line => line.Contains("RN0540", StringComparison.Ordinal)).ToList();
        errors.ShouldHaveSingleItem().ShouldStartWith(ShareCardFont + ":");
        errors[0].ShouldContain("the theme's share card font cannot be read");
    }

    private async Task StartSiteAsync(string? frontMatter)
    {
        (await CliRun.RunAsync("init", _root)).ExitCode.ShouldBe(0);
        Directory.CreateDirectory(PathOf("input/assets"));
        if (frontMatter is not null)
        {
            var text = await File.ReadAllTextAsync(PathOf(Article));
            await File.WriteAllTextAsync(PathOf(Article), text.Replace("\n---\n", "\n" + frontMatter + "\n---\n", StringComparison.Ordinal));
        }
    }

    private string PathOf(string relative) => Path.Combine(_root, relative);

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
