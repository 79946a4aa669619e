using System.Text;
using RareNewsSite.Configuration;
using RareNewsSite.Images;
using Shouldly;
using Xunit;

namespace RareNewsSite.Tests.Images;

public sealed class ImageProcessorTests
{
    private static readonly ImageSettings Defaults = ImageSettings.From(new SiteSettings());

    [Fact]
    public void Should_Publish_The_Configured_Widths_Below_The_Photo_And_Never_Enlarge_It()
    {
        ImagePlan.Widths(4000, Defaults).ShouldBe([480, 800, 1200, 1600]);
        ImagePlan.Widths(1000, Defaults).ShouldBe([480, 800, 1000]);
        ImagePlan.Widths(300, Defaults).ShouldBe([300]);
        ImagePlan.Widths(1600, Defaults).ShouldBe([480, 800, 1200, 1600]);
    }

    [Fact]
    public void Should_Make_Every_File_Of_The_Plan_At_Its_Size_In_Its_Format()
    {
        // Given a 2000 x 1500 JPEG
        var bytes = TestPhotos.Jpeg(2000, 1500);
        var set = ImagePlan.For("input/assets/p.jpg", "/assets/p.jpg", 2000, 1500, ImageFormats.Jpeg, "hash", Defaults);

        // When
        var files = ImageProcessor.Make(bytes, set, 80);

        // Then the photo itself, four JPEG widths and four WebP widths, each at the size the plan gave pages
        files.Keys.Order(StringComparer.Ordinal).ShouldBe([
            "/assets/p.jpg",
            "/img/p.jpg/1200.jpg", "/img/p.jpg/1200.webp", "/img/p.jpg/1600.jpg", "/img/p.jpg/1600.webp",
            "/img/p.jpg/480.jpg", "/img/p.jpg/480.webp", "/img/p.jpg/800.jpg", "/img/p.jpg/800.webp",
        ]);
        foreach (var file in set.Files)
        {
            TestPhotos.SizeOf(files[file.Path]).ShouldBe((file.Width, file.Height), file.Path);
        }
        Encoding.ASCII.GetString(files["/img/p.jpg/800.webp"], 8, 4).ShouldBe("WEBP");
        files["/assets/p.jpg"].ShouldBe(bytes); // no metadata to take out: the editor's bytes
    }

    [Fact]
    public void Should_Turn_Photos_Upright_By_Their_Exif_Orientation_And_Strip_Their_Metadata()
    {
        // Given a photo stored 1200 x 800 with the red block top-left, and EXIF saying "turn 90° clockwise" (6), with a GPS position
        var bytes = TestPhotos.Jpeg(1200, 800, orientation: 6, gps: true);
        var header = ImageHeaderOf(bytes);
        header.ShouldBe((800, 1200)); // shown upright: portrait
        var set = ImagePlan.For("input/assets/p.jpg", "/assets/p.jpg", 800, 1200, ImageFormats.Jpeg, "hash", Defaults);

        // When
        var files = ImageProcessor.Make(bytes, set, 80);

        // Then the smaller files are portrait, the red block now top-right, and no file holds the EXIF text or GPS block
        var small = files["/img/p.jpg/480.jpg"];
        TestPhotos.SizeOf(small).ShouldBe((480, 720));
        TestPhotos.IsRed(TestPhotos.PixelAt(small, 470, 10)).ShouldBeTrue();
        TestPhotos.IsRed(TestPhotos.PixelAt(small, 10, 10)).ShouldBeFalse();
        foreach (var (path, file) in files)
        {
            Encoding.ASCII.GetString(file).ShouldNotContain(TestPhotos.Secret, customMessage: path);
        }
        // The photo itself keeps every pixel and only its orientation tag, so browsers still show it upright
        var original = files["/assets/p.jpg"];
        original.Length.ShouldBeLessThan(bytes.Length);
        ImageHeaderOf(original).ShouldBe((800, 1200));
    }

    [Fact]
    public void Should_Take_Text_Chunks_Out_Of_Png()
    {
        var bytes = TestPhotos.Png(600, 400);
        Encoding.ASCII.GetString(bytes).ShouldContain(TestPhotos.Secret);
        var set = ImagePlan.For("input/assets/p.png", "/assets/p.png", 600, 400, ImageFormats.Png, "hash", Defaults);

        var files = ImageProcessor.Make(bytes, set, 80);

        Encoding.ASCII.GetString(files["/assets/p.png"]).ShouldNotContain(TestPhotos.Secret);
        TestPhotos.SizeOf(files["/assets/p.png"]).ShouldBe((600, 400));
        TestPhotos.SizeOf(files["/img/p.png/480.png"]).ShouldBe((480, 320));
    }

    [Fact]
    public void Should_Refuse_A_Photo_Cut_Short()
    {
        var bytes = TestPhotos.Jpeg(800, 600);
        var truncated = bytes[..(bytes.Length / 2)];
        var set = ImagePlan.For("input/assets/p.jpg", "/assets/p.jpg", 800, 600, ImageFormats.Jpeg, "hash", Defaults);

        Should.Throw<ImageException>(() => ImageProcessor.Make(truncated, set, 80)).Message.ShouldContain("cut short");
    }

    private static (int Width, int Height) ImageHeaderOf(byte[] bytes) => ImageHeader.Read(bytes) is { } h ? (h.Width, h.Height) : (0, 0);
}
