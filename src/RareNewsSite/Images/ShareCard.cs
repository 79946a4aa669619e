using System.Globalization;
using SkiaSharp;

namespace RareNewsSite.Images;

/// <summary>
/// The picture a shared link shows (Open Graph, Twitter cards): 1200 x 630 pixels, the size Facebook, LinkedIn and X
/// ask for. Made from the article's lead photo, cropped around its focal point, or drawn from its headline, its first
/// disease and the site's name in the theme's header colours, with the theme's font.
/// </summary>
public static class ShareCard
{
    /// <summary>The card's width.</summary>
    public const int Width = 1200;

    /// <summary>The card's height.</summary>
    public const int Height = 630;

    /// <summary>The theme's font for drawn cards, with its licence beside it.</summary>
    public const string FontPath = "theme/fonts/share-card.ttf";

    /// <summary>The version of what this class makes: raise it when a change makes different cards from the same input.</summary>
    internal const int Version = 3;

    /// <summary>The photo <paramref name="bytes"/>, cropped to the card's shape around (<paramref name="focusX"/>, <paramref name="focusY"/>) percent, as a JPEG.</summary>
    /// <exception cref="ImageException">The photo cannot be decoded.</exception>
    internal static byte[] FromPhoto(byte[] bytes, double focusX, double focusY, int quality)
    {
        var header = ImageHeader.Read(bytes) ?? throw new ImageException("the file is not an image that can be read; it may be damaged");
        // Decoded just wide enough that the crop still has 1200 x 630 pixels of its own where the photo has them.
        var wide = (int)Math.Min(header.Width, Math.Ceiling(Math.Max(Width, (double)Height * header.Width / header.Height)));
        using var stream = new MemoryStream(bytes, writable: false);
        using var codec = SKCodec.Create(stream) ?? throw new ImageException("the file is not an image that can be read; it may be damaged");
        using var upright = ImageProcessor.Decode(codec, header, wide);
        var scale = Math.Max((double)Width / upright.Width, (double)Height / upright.Height);
        var (cropWidth, cropHeight) = (Width / scale, Height / scale);
        var left = Math.Clamp((focusX / 100 * upright.Width) - (cropWidth / 2), 0, upright.Width - cropWidth);
        var top = Math.Clamp((focusY / 100 * upright.Height) - (cropHeight / 2), 0, upright.Height - cropHeight);
        using var card = new SKBitmap(new SKImageInfo(Width, Height, SKColorType.Rgba8888, SKAlphaType.Opaque, SKColorSpace.CreateSrgb()));
        using (var canvas = new SKCanvas(card))
        using (var image = SKImage.FromBitmap(upright))
        {
            canvas.Clear(SKColors.White);
            canvas.DrawImage(image, SKRect.Create((float)left, (float)top, (float)cropWidth, (float)cropHeight), SKRect.Create(0, 0, Width, Height),
                new SKSamplingOptions(SKCubicResampler.Mitchell), null);
        }
        using var pixmap = card.PeekPixels();
        using var data = pixmap.Encode(new SKJpegEncoderOptions(quality, SKJpegEncoderDownsample.Downsample420, SKJpegEncoderAlphaOption.Ignore));
        return data?.ToArray() ?? throw new ImageException("the share card could not be written");
    }

    /// <summary>A card drawn in <paramref name="style"/>: the <paramref name="kicker"/> (a disease) above the headline, the site's name below, as a PNG.</summary>
    internal static byte[] Drawn(string headline, string? kicker, string siteName, ShareCardStyle style)
    {
        // Only the text's coverage is drawn; the palette turns it into the two colours (see IndexedPng).
        using var coverage = new SKBitmap(new SKImageInfo(Width, Height, SKColorType.Alpha8, SKAlphaType.Premul));
        using (var canvas = new SKCanvas(coverage))
        using (var paint = new SKPaint { Color = SKColors.White, IsAntialias = true })
        {
            canvas.Clear(SKColors.Transparent);
            const float margin = 72;
            const float column = Width - (2 * margin);
            if (kicker is { Length: > 0 })
            {
                using var small = new SKFont(style.Typeface, 34);
                canvas.DrawText(Fit(kicker, small, column), margin, margin + 34, SKTextAlign.Left, small, paint);
            }
            // The largest size from 68 down to 44 at which the headline takes at most four lines; cut with "…" past that.
            var size = 72f;
            List<string> lines;
            do
            {
                size -= 4;
                using var trial = new SKFont(style.Typeface, size);
                lines = Wrap(headline, trial, column);
            }
            while (size > 44 && lines.Count > 4);
            using var big = new SKFont(style.Typeface, size);
            if (lines.Count > 5)
            {
                lines = [.. lines.Take(5)];
                lines[^1] = Fit(lines[^1] + " …", big, column);
            }
            var lineHeight = size * 1.2f;
            var y = margin + 34 + 48 + size;
            foreach (var line in lines)
            {
                canvas.DrawText(line, margin, y, SKTextAlign.Left, big, paint);
                y += lineHeight;
            }
            using var footer = new SKFont(style.Typeface, 32);
            canvas.DrawRect(margin, Height - margin - 58, 96, 6, paint);
            canvas.DrawText(Fit(siteName, footer, column), margin, Height - margin, SKTextAlign.Left, footer, paint);
        }
        return IndexedPng.Encode(coverage.GetPixelSpan(), Width, Height, coverage.RowBytes,
            Palette(Colour(style.Background, new SKColor(0x00, 0x5e, 0xb8)), Colour(style.Foreground, SKColors.White)));
    }

    // 256 colours from the background (no coverage) to the text colour (full coverage), blended as Skia blends.
    private static byte[] Palette(SKColor back, SKColor fore)
    {
        var palette = new byte[256 * 3];
        for (var coverage = 0; coverage < 256; coverage++)
        {
            palette[coverage * 3] = Blend(back.Red, fore.Red, coverage);
            palette[(coverage * 3) + 1] = Blend(back.Green, fore.Green, coverage);
            palette[(coverage * 3) + 2] = Blend(back.Blue, fore.Blue, coverage);
        }
        return palette;
    }

    private static byte Blend(byte back, byte fore, int coverage) => (byte)(((back * (255 - coverage)) + (fore * coverage) + 127) / 255);

    // Breaks the text into lines no wider than `width`, at spaces (a word wider than the line gets a line of its own, cut).
    private static List<string> Wrap(string text, SKFont font, float width)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var longer = line.Length == 0 ? word : line + " " + word;
            if (font.MeasureText(longer) <= width || line.Length == 0)
            {
                line = longer;
                continue;
            }
            lines.Add(Fit(line, font, width));
            line = word;
        }
        if (line.Length > 0)
        {
            lines.Add(Fit(line, font, width));
        }
        return lines;
    }

    // The text, cut with "…" so that it fits `width`.
    private static string Fit(string text, SKFont font, float width)
    {
        if (font.MeasureText(text) <= width)
        {
            return text;
        }
        var cut = text;
        while (cut.Length > 1 && font.MeasureText(cut + "…") > width)
        {
            cut = cut[..^1];
        }
        return cut.TrimEnd() + "…";
    }

    private static SKColor Colour(string css, SKColor fallback)
    {
        var hex = css.Trim().TrimStart('#');
        if (hex.Length == 3)
        {
            hex = string.Concat(hex.Select(c => $"{c}{c}"));
        }
        return hex.Length == 6 && uint.TryParse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var rgb)
            ? new SKColor((byte)(rgb >> 16), (byte)(rgb >> 8), (byte)rgb)
            : fallback;
    }
}
