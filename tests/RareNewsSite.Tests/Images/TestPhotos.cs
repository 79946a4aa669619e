using System.Buffers.Binary;
using System.Text;
using SkiaSharp;

namespace RareNewsSite.Tests.Images;

/// <summary>
/// Photos for tests, drawn with SkiaSharp: a blue picture with a red block in its stored top-left corner (so a test can
/// see where the EXIF orientation put it), optionally with EXIF that names an orientation, a GPS position and a
/// description that must never be published.
/// </summary>
internal static class TestPhotos
{
    /// <summary>The description written into a photo's EXIF; it must be gone from every published file.</summary>
    public const string Secret = "SECRET-LOCATION-51.5N";

    /// <summary>A JPEG of <paramref name="width"/> x <paramref name="height"/> stored pixels.</summary>
    public static byte[] Jpeg(int width, int height, int? orientation = null, bool gps = false)
    {
        var jpeg = Encode(width, height, SKEncodedImageFormat.Jpeg);
        return orientation is null && !gps ? jpeg : WithExif(jpeg, orientation ?? 1, gps);
    }

    /// <summary>A PNG of <paramref name="width"/> x <paramref name="height"/> pixels, with a text chunk holding <see cref="Secret"/>.</summary>
    public static byte[] Png(int width, int height)
    {
        var png = Encode(width, height, SKEncodedImageFormat.Png);
        // A tEXt chunk after IHDR (8 + 25 bytes): keyword, NUL, text; its CRC is not checked by readers we use, but write it right.
        var data = Encoding.ASCII.GetBytes("Comment\0" + Secret);
        var chunk = new byte[12 + data.Length];
        BinaryPrimitives.WriteUInt32BigEndian(chunk, (uint)data.Length);
        Encoding.ASCII.GetBytes("tEXt").CopyTo(chunk, 4);
        data.CopyTo(chunk, 8);
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(8 + data.Length), System.IO.Hashing.Crc32.HashToUInt32(chunk.AsSpan(4, 4 + data.Length)));
        return [.. png[..33], .. chunk, .. png[33..]];
    }

    /// <summary>The colour of the pixel at (<paramref name="x"/>, <paramref name="y"/>) of an encoded image.</summary>
    public static SKColor PixelAt(byte[] encoded, int x, int y)
    {
        using var bitmap = SKBitmap.Decode(encoded);
        return bitmap.GetPixel(x, y);
    }

    /// <summary>The width and height an encoded image is stored at.</summary>
    public static (int Width, int Height) SizeOf(byte[] encoded)
    {
        using var codec = SKCodec.Create(new MemoryStream(encoded));
        return (codec.Info.Width, codec.Info.Height);
    }

    /// <summary>True when <paramref name="color"/> is the red of the corner block.</summary>
    public static bool IsRed(SKColor color) => color.Red > 180 && color.Green < 80 && color.Blue < 80;

    private static byte[] Encode(int width, int height, SKEncodedImageFormat format)
    {
        using var bitmap = new SKBitmap(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(new SKColor(30, 80, 200));
            using var red = new SKPaint { Color = new SKColor(230, 20, 20) };
            canvas.DrawRect(0, 0, width / 4f, height / 4f, red);
        }
        using var data = bitmap.Encode(format, 90);
        return data.ToArray();
    }

    // APP1 "Exif" after SOI: IFD0 with ImageDescription, Orientation and (optionally) a GPS IFD with GPSLatitudeRef "N".
    private static byte[] WithExif(byte[] jpeg, int orientation, bool gps)
    {
        var description = Encoding.ASCII.GetBytes(Secret + "\0");
        var entries = gps ? 3 : 2;
        var ifd0 = 8;
        var gpsIfd = ifd0 + 2 + entries * 12 + 4;
        var data = gps ? gpsIfd + 2 + 12 + 4 : gpsIfd;
        var tiff = new byte[data + description.Length];
        "MM\0*"u8.CopyTo(tiff);
        BinaryPrimitives.WriteUInt32BigEndian(tiff.AsSpan(4), (uint)ifd0);
        BinaryPrimitives.WriteUInt16BigEndian(tiff.AsSpan(ifd0), (ushort)entries);
        void Entry(int at, ushort tag, ushort type, uint count, uint value)
        {
            BinaryPrimitives.WriteUInt16BigEndian(tiff.AsSpan(at), tag);
            BinaryPrimitives.WriteUInt16BigEndian(tiff.AsSpan(at + 2), type);
            BinaryPrimitives.WriteUInt32BigEndian(tiff.AsSpan(at + 4), count);
            BinaryPrimitives.WriteUInt32BigEndian(tiff.AsSpan(at + 8), value);
        }
        Entry(ifd0 + 2, 0x010E, 2, (uint)description.Length, (uint)data);
        Entry(ifd0 + 14, 0x0112, 3, 1, (uint)orientation << 16);
        if (gps)
        {
            Entry(ifd0 + 26, 0x8825, 4, 1, (uint)gpsIfd);
            BinaryPrimitives.WriteUInt16BigEndian(tiff.AsSpan(gpsIfd), 1);
            Entry(gpsIfd + 2, 0x0001, 2, 2, (uint)'N' << 24);
        }
        description.CopyTo(tiff, data);
        var app1 = new byte[4 + 6 + tiff.Length];
        app1[0] = 0xFF;
        app1[1] = 0xE1;
        BinaryPrimitives.WriteUInt16BigEndian(app1.AsSpan(2), (ushort)(2 + 6 + tiff.Length));
        "Exif\0\0"u8.CopyTo(app1.AsSpan(4));
        tiff.CopyTo(app1, 10);
        return [.. jpeg[..2], .. app1, .. jpeg[2..]];
    }
}
