using RareNewsSite.Images;
using Shouldly;
using SkiaSharp;
using Xunit;

namespace RareNewsSite.Tests.Images;

/// <summary>The palette PNG drawn share cards are written as: any decoder reads back exactly the colours indexed.</summary>
public sealed class IndexedPngTests
{
    [Fact]
    public void Should_Decode_To_The_Palette_Colour_Of_Every_Index()
    {
        // Given 3 rows of 4 indexes, stored 6 bytes apart (the 2 bytes of padding are not pixels), and a 3-colour palette
        byte[] indexes = [0, 1, 2, 1, 9, 9, 2, 2, 0, 0, 9, 9, 1, 0, 1, 2, 9, 9];
        byte[] palette = [0x00, 0x5e, 0xb8, 0xff, 0xff, 0xff, 0x80, 0x10, 0x20];

        // When
        var png = IndexedPng.Encode(indexes, width: 4, height: 3, stride: 6, palette);

        // Then Skia reads a 4 x 3 picture whose pixels are the palette's colours at those indexes
        using var bitmap = SKBitmap.Decode(png);
        (bitmap.Width, bitmap.Height).ShouldBe((4, 3));
        for (var y = 0; y < 3; y++)
        {
            for (var x = 0; x < 4; x++)
            {
                var index = indexes[(y * 6) + x];
                bitmap.GetPixel(x, y).ShouldBe(new SKColor(palette[index * 3], palette[(index * 3) + 1], palette[(index * 3) + 2]), $"pixel {x},{y}");
            }
        }
    }
}
