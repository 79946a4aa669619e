using SkiaSharp;

namespace RareNewsSite.Images;

/// <summary>
/// What a photo's header says, read without decoding its pixels: the format its bytes are in, its size as stored and
/// its EXIF orientation. Enough to refuse a file that lies about its format or is too big to decode, and to know the
/// size of every file that will be made from it.
/// </summary>
/// <param name="Format">The format of the bytes.</param>
/// <param name="StoredWidth">The width of the pixels as stored.</param>
/// <param name="StoredHeight">The height of the pixels as stored.</param>
/// <param name="Orientation">The EXIF orientation, 1–8 (1: as stored).</param>
internal sealed record ImageHeader(string Format, int StoredWidth, int StoredHeight, int Orientation)
{
    /// <summary>The most pixels a photo may have: a 50-megapixel file takes 200 MB to decode.</summary>
    public const long MaxPixels = 50_000_000;

    /// <summary>True when the orientation turns the picture a quarter, so its width as shown is its stored height.</summary>
    public bool Turned => Orientation >= 5;

    /// <summary>The width as shown.</summary>
    public int Width => Turned ? StoredHeight : StoredWidth;

    /// <summary>The height as shown.</summary>
    public int Height => Turned ? StoredWidth : StoredHeight;

    /// <summary>How many pixels decoding would make.</summary>
    public long Pixels => (long)StoredWidth * StoredHeight;

    /// <summary>Reads the header of <paramref name="bytes"/>, or null when Skia cannot make sense of it.</summary>
    public static ImageHeader? Read(byte[] bytes)
    {
        if (ImageFormats.Sniff(bytes) is not { } format || format == ImageFormats.Gif)
        {
            return null;
        }
        using var stream = new MemoryStream(bytes, writable: false);
        using var codec = SKCodec.Create(stream, out var result);
        if (codec is null || result != SKCodecResult.Success || codec.Info.Width <= 0 || codec.Info.Height <= 0)
        {
            return null;
        }
        var orientation = (int)codec.EncodedOrigin;
        return new ImageHeader(format, codec.Info.Width, codec.Info.Height, orientation is >= 1 and <= 8 ? orientation : 1);
    }
}
