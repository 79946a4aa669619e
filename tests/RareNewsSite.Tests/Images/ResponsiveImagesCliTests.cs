using System.Text;
using RareNewsSite.Tests.Cli;
using Shouldly;
using Xunit;

namespace RareNewsSite.Tests.Images;

/// <summary>Photos through the real command line: a site made by <c>init</c>, with a lead image, a body image and an avatar.</summary>
public sealed class ResponsiveImagesCliTests : IDisposable
{
    private const string Article = "input/articles/blinatumomab-infant-leukemia.md";
    private readonly string _root = Path.Combine(Path.GetTempPath(), "rns-images-" + Guid.NewGuid().ToString("N"));

    private async Task StartSiteAsync()
    {
        (await CliRun.RunAsync("init", _root)).ExitCode.ShouldBe(0);
        Directory.CreateDirectory(PathOf("input/assets/photos"));
        // A phone photo: stored 2400 x 1800 and turned upright by its EXIF (6: 90° clockwise), with a GPS position
        await File.WriteAllBytesAsync(PathOf("input/assets/photos/ward.jpg"), TestPhotos.Jpeg(2400, 1800, orientation: 6, gps: true));
        await File.WriteAllBytesAsync(PathOf("input/assets/chart.png"), TestPhotos.Png(700, 500));
        var text = await File.ReadAllTextAsync(PathOf(Article));
        text = text.Replace("\n---\n", "\nimage: /assets/photos/ward.jpg\nimage_alt: \"A hospital ward\"\n---\n\n![Survival chart](../assets/chart.png)\n", StringComparison.Ordinal);
        await File.WriteAllTextAsync(PathOf(Article), text);
        var author = await File.ReadAllTextAsync(PathOf("input/authors/editor.md"));
        await File.WriteAllTextAsync(PathOf("input/authors/editor.md"), author.Replace("\n---\n", "\navatar: /assets/photos/ward.jpg\n---\n", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Should_Publish_Every_Width_And_Format_And_Write_Responsive_Markup()
    {
        // Given
        await StartSiteAsync();

        // When
        var build = await CliRun.RunAsync("build", "-r", _root);

        // Then
        build.ExitCode.ShouldBe(0, build.Error + build.Out);
        build.Out.ShouldContain("0 errors, 0 warnings");
        var page = await File.ReadAllTextAsync(PathOf("output/articles/blinatumomab-infant-leukemia/index.html"));
        // The lead image: upright (1800 x 2400 as shown), every width below its own, WebP first, fetched first, its place kept
        Between(page, "<figure class=\"lead-image\">", "</figure>").ShouldBe("<figure class=\"lead-image\"><picture>\n" +
            "<source type=\"image/webp\" srcset=\"/img/photos/ward.jpg/480.webp 480w, /img/photos/ward.jpg/800.webp 800w, /img/photos/ward.jpg/1200.webp 1200w, /img/photos/ward.jpg/1600.webp 1600w\" sizes=\"(min-width: 55em) 53em, calc(100vw - 2rem)\">\n" +
            "<img src=\"/img/photos/ward.jpg/1200.jpg\" srcset=\"/img/photos/ward.jpg/480.jpg 480w, /img/photos/ward.jpg/800.jpg 800w, /img/photos/ward.jpg/1200.jpg 1200w, /img/photos/ward.jpg/1600.jpg 1600w\" " +
            "sizes=\"(min-width: 55em) 53em, calc(100vw - 2rem)\" width=\"1200\" height=\"1600\" alt=\"A hospital ward\" fetchpriority=\"high\"></picture>\n</figure>");
        // The body image: lazy, decoded off the main thread, its own width (700) in the srcset as the file itself
        Between(page, "<img src=\"/assets/chart.png\"", ">").ShouldBe("<img src=\"/assets/chart.png\" srcset=\"/img/chart.png/480.png 480w, /assets/chart.png 700w\" sizes=\"(min-width: 55em) 53em, calc(100vw - 2rem)\" width=\"700\" height=\"500\" alt=\"Survival chart\" loading=\"lazy\" decoding=\"async\">");
        var profile = await File.ReadAllTextAsync(PathOf("output/authors/editor/index.html"));
        Between(profile, "<img class=\"avatar\"", ">").ShouldStartWith("<img class=\"avatar\" src=\"/img/photos/ward.jpg/1200.jpg\" srcset=\"/img/photos/ward.jpg/480.jpg 480w,");

        // The files exist at the sizes the markup says, upright, and none carries the EXIF text or GPS position
        foreach (var (file, size) in new[]
        {
            ("img/photos/ward.jpg/480.jpg", (480, 640)), ("img/photos/ward.jpg/1600.webp", (1600, 2133)), ("img/photos/ward.jpg/1200.jpg", (1200, 1600)),
            ("img/chart.png/480.webp", (480, 343)), ("assets/chart.png", (700, 500)),
        })
        {
            TestPhotos.SizeOf(await File.ReadAllBytesAsync(PathOf("output/" + file))).ShouldBe(size, file);
        }
        TestPhotos.IsRed(TestPhotos.PixelAt(await File.ReadAllBytesAsync(PathOf("output/img/photos/ward.jpg/480.jpg")), 470, 10)).ShouldBeTrue();
        foreach (var file in Directory.EnumerateFiles(PathOf("output"), "*", SearchOption.AllDirectories).Where(f => Path.GetExtension(f) is ".jpg" or ".png" or ".webp"))
        {
            Encoding.ASCII.GetString(await File.ReadAllBytesAsync(file)).ShouldNotContain(TestPhotos.Secret, customMessage: file);
        }
    }

    [Fact]
    public async Task Should_Take_Made_Files_From_The_Cache_Until_The_Photo_Or_A_Setting_Changes()
    {
        // Given a site built once
        await StartSiteAsync();
        (await CliRun.RunAsync("build", "-r", _root)).ExitCode.ShouldBe(0);
        var cached = Directory.EnumerateFiles(PathOf(".rarenews/cache/images"), "800.webp", SearchOption.AllDirectories).ToList();
        cached.Count.ShouldBe(1); // the chart is narrower than 800
        // and a kept file replaced by a marker, which only a build that reads the cache can publish
        var marker = TestPhotos.Jpeg(17, 17);
        await File.WriteAllBytesAsync(cached[0], marker);

        // When it is built again, the kept files are published
        (await CliRun.RunAsync("build", "-r", _root)).ExitCode.ShouldBe(0);
        (await File.ReadAllBytesAsync(PathOf("output/img/photos/ward.jpg/800.webp"))).ShouldBe(marker);

        // When the quality changes, the key changes: the files are made again
        (await CliRun.RunAsync("build", "-r", _root, "--setting", "ImageQuality=70")).ExitCode.ShouldBe(0);
        TestPhotos.SizeOf(await File.ReadAllBytesAsync(PathOf("output/img/photos/ward.jpg/800.webp"))).ShouldBe((800, 1067));

        // When the photo changes (same name), its files are made from the new bytes
        await File.WriteAllBytesAsync(PathOf("input/assets/photos/ward.jpg"), TestPhotos.Jpeg(1000, 500));
        (await CliRun.RunAsync("build", "-r", _root, "--setting", "ImageQuality=70")).ExitCode.ShouldBe(0);
        TestPhotos.SizeOf(await File.ReadAllBytesAsync(PathOf("output/img/photos/ward.jpg/800.webp"))).ShouldBe((800, 400));
        File.Exists(PathOf("output/img/photos/ward.jpg/1200.jpg")).ShouldBeFalse(); // never enlarged; the old build's file is gone
    }

    // The text from the first `start` to the first `end` after it, both included ("" when `start` is missing).
    internal static string Between(string text, string start, string end)
    {
        var at = text.IndexOf(start, StringComparison.Ordinal);
        return at < 0 ? "" : text[at..(text.IndexOf(end, at + start.Length, StringComparison.Ordinal) + end.Length)];
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
