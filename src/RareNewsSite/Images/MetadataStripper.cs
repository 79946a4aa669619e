using System.Buffers.Binary;

namespace RareNewsSite.Images;

/// <summary>
/// Removes what a photo carries besides its pixels (EXIF with the camera's GPS position, XMP, IPTC, comments) without
/// decoding it, so the published original keeps every pixel as the editor made it. Colour profiles stay: without them
/// colours would change. A JPEG turned by its EXIF orientation keeps that one tag, in an EXIF block of its own.
/// </summary>
internal static class MetadataStripper
{
    /// <summary>The file without its metadata, or null when its structure is broken.</summary>
    public static byte[]? Strip(byte[] bytes, string format, int orientation) => format switch
    {
        ImageFormats.Jpeg => Jpeg(bytes, orientation),
        ImageFormats.Png => Png(bytes),
        ImageFormats.WebP => WebP(bytes),
        _ => null,
    };

    private static byte[]? Jpeg(byte[] bytes, int orientation)
    {
        using var output = new MemoryStream(bytes.Length);
        output.Write(bytes, 0, 2); // SOI
        var exifWritten = orientation == 1;
        var at = 2;
        while (at + 4 <= bytes.Length)
        {
            if (bytes[at] != 0xFF)
            {
                return null;
            }
            var marker = bytes[at + 1];
            if (marker == 0xFF)
            {
                at++; // fill byte
                continue;
            }
            if (!exifWritten && marker != 0xE0)
            {
                output.Write(OrientationOnlyExif(orientation)); // after JFIF's APP0, which must come first
                exifWritten = true;
            }
            if (marker == 0xDA)
            {
                output.Write(bytes, at, bytes.Length - at); // start of scan: the rest is the picture
                return output.ToArray();
            }
            var length = BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(at + 2));
            if (length < 2 || at + 2 + length > bytes.Length)
            {
                return null;
            }
            // APP0 (JFIF), APP2 (ICC colour profile) and APP14 (Adobe colour transform) stay; other APPn and comments go.
            var metadata = marker is >= 0xE0 and <= 0xEF and not 0xE0 and not 0xE2 and not 0xEE || marker == 0xFE;
            if (!metadata)
            {
                output.Write(bytes, at, 2 + length);
            }
            at += 2 + length;
        }
        return null;
    }

    // APP1 "Exif" with a big-endian TIFF header and one IFD entry: Orientation (0x0112), SHORT, 1 value.
    private static byte[] OrientationOnlyExif(int orientation) =>
    [
        0xFF, 0xE1, 0x00, 0x22, (byte)'E', (byte)'x', (byte)'i', (byte)'f', 0, 0,
        (byte)'M', (byte)'M', 0x00, 0x2A, 0x00, 0x00, 0x00, 0x08,
        0x00, 0x01, 0x01, 0x12, 0x00, 0x03, 0x00, 0x00, 0x00, 0x01, 0x00, (byte)orientation, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00,
    ];

    private static readonly HashSet<string> PngMetadata = new(StringComparer.Ordinal) { "tEXt", "zTXt", "iTXt", "eXIf", "tIME" };

    private static byte[]? Png(byte[] bytes)
    {
        using var output = new MemoryStream(bytes.Length);
        output.Write(bytes, 0, 8);
        var at = 8;
        while (at + 12 <= bytes.Length)
        {
            var length = BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(at));
            if (length > int.MaxValue || at + 12L + length > bytes.Length)
            {
                return null;
            }
            var type = System.Text.Encoding.ASCII.GetString(bytes, at + 4, 4);
            var size = 12 + (int)length;
            if (!PngMetadata.Contains(type))
            {
                output.Write(bytes, at, size);
            }
            at += size;
            if (type == "IEND")
            {
                return output.ToArray();
            }
        }
        return null;
    }

    private static byte[]? WebP(byte[] bytes)
    {
        using var output = new MemoryStream(bytes.Length);
        output.Write(bytes, 0, 12);
        var at = 12;
        var vp8x = -1;
        while (at + 8 <= bytes.Length)
        {
            var type = System.Text.Encoding.ASCII.GetString(bytes, at, 4);
            var length = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(at + 4));
            var size = 8 + length + (length & 1);
            if (length > int.MaxValue || at + 8L + length > bytes.Length)
            {
                return null;
            }
            if (type is not ("EXIF" or "XMP "))
            {
                if (type == "VP8X")
                {
                    vp8x = (int)output.Position + 8;
                }
                output.Write(bytes, at, (int)Math.Min(size, bytes.Length - at));
            }
            at += (int)size;
        }
        var result = output.ToArray();
        if (vp8x >= 0 && vp8x < result.Length)
        {
            result[vp8x] &= unchecked((byte)~0x0C); // the chunks announced as there (EXIF 0x08, XMP 0x04) are gone
        }
        BinaryPrimitives.WriteUInt32LittleEndian(result.AsSpan(4), (uint)(result.Length - 8));
        return result;
    }
}
