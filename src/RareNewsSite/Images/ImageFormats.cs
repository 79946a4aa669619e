namespace RareNewsSite.Images;

/// <summary>The image formats the site knows, by name, with their file extensions and MIME types.</summary>
public static class ImageFormats
{
    /// <summary>JPEG.</summary>
    public const string Jpeg = "jpeg";
    /// <summary>PNG.</summary>
    public const string Png = "png";
    /// <summary>WebP.</summary>
    public const string WebP = "webp";
    /// <summary>GIF (published as it is: it may be animated).</summary>
    public const string Gif = "gif";
    /// <summary>SVG drawings (checked, published as they are).</summary>
    public const string Svg = "svg";

    /// <summary>The format a file's extension claims, or null for a file that is not an image the site processes or checks.</summary>
    public static string? OfExtension(string path) => System.IO.Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".jpg" or ".jpeg" => Jpeg,
        ".png" => Png,
        ".webp" => WebP,
        ".gif" => Gif,
        ".svg" => Svg,
        _ => null,
    };

    /// <summary>True for the formats whose photos are resized and re-encoded.</summary>
    public static bool IsPhoto(string? format) => format is Jpeg or Png or WebP;

    /// <summary>The extension files of a format are written with.</summary>
    public static string Extension(string format) => format == Jpeg ? "jpg" : format;

    /// <summary>The MIME type of a format, for <c>&lt;source type&gt;</c>.</summary>
    public static string MimeType(string format) => format switch
    {
        Jpeg => "image/jpeg",
        Png => "image/png",
        WebP => "image/webp",
        Gif => "image/gif",
        _ => "image/svg+xml",
    };

    /// <summary>The format the first bytes of a file say it is, whatever its name claims; null when they name none of these.</summary>
    public static string? Sniff(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xFF && bytes[1] == 0xD8 && bytes[2] == 0xFF)
        {
            return Jpeg;
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return Png;
        }
        if (bytes.Length >= 12 && bytes.StartsWith("RIFF"u8) && bytes[8..12].SequenceEqual("WEBP"u8))
        {
            return WebP;
        }
        if (bytes.StartsWith("GIF87a"u8) || bytes.StartsWith("GIF89a"u8))
        {
            return Gif;
        }
        return null;
    }
}
