using SkiaSharp;

namespace RareNewsSite.Images;

/// <summary>
/// Makes an <see cref="ImageSet"/>'s files from the photo's bytes with SkiaSharp: decoded once (a JPEG at the smallest
/// scale its decoder offers that is still as wide as the widest file made), turned upright by its EXIF orientation, made
/// smaller by halving and then one bicubic (Mitchell) step, and encoded without metadata. The photo itself keeps its
/// bytes with the metadata taken out (<see cref="MetadataStripper"/>).
/// </summary>
internal static class ImageProcessor
{
    // A decoded 12-megapixel photo takes 48 MB and the files made from it some more: a few at a time keeps memory bounded
    // on a machine with many cores, and two cores are kept busy.
    private static readonly SemaphoreSlim Slots = new(Math.Clamp(Environment.ProcessorCount, 1, 4));

    /// <summary>The version of what this class makes: raise it when a change makes different files from the same input.</summary>
    public const int Version = 1;

    /// <summary>Every file of <paramref name="set"/> by site path, made from <paramref name="bytes"/> (call it in a slot, <see cref="InSlot"/>).</summary>
    /// <exception cref="ImageException">The photo is broken (corrupt or cut short).</exception>
    public static Dictionary<string, byte[]> Make(byte[] bytes, ImageSet set, int quality) => MakeNow(bytes, set, quality);

    /// <summary>
    /// Runs <paramref name="work"/> on the bytes <paramref name="read"/> returns, in one of the few slots for decoding: the
    /// bytes are read only once the slot is free, so photos waiting for one hold no memory.
    /// </summary>
    public static T InSlot<T>(Func<byte[]> read, Func<byte[], T> work)
    {
        Slots.Wait();
        try
        {
            return work(read());
        }
        finally
        {
            Slots.Release();
        }
    }

    private static Dictionary<string, byte[]> MakeNow(byte[] bytes, ImageSet set, int quality)
    {
        var header = ImageHeader.Read(bytes) ?? throw new ImageException("the file is not an image that can be read; it may be damaged");
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        // The photo itself, without metadata: a JPEG keeps its orientation tag; another format turned by one is re-encoded upright.
        var stripped = header.Orientation == 1 || set.Format == ImageFormats.Jpeg ? MetadataStripper.Strip(bytes, set.Format, header.Orientation) : null;
        var made = set.Files.Where(f => f.Path != set.Path).ToList();
        var widest = stripped is null ? set.Width : made.Select(f => f.Width).DefaultIfEmpty(0).Max();
        using var stream = new MemoryStream(bytes, writable: false);
        using var codec = SKCodec.Create(stream) ?? throw new ImageException("the file is not an image that can be read; it may be damaged");
        using var upright = Decode(codec, header, widest);
        if (stripped is not null)
        {
            files[set.Path] = stripped;
        }
        else
        {
            files[set.Path] = Encode(upright, set.Format, quality);
        }
        var current = upright;
        try
        {
            foreach (var width in made.Select(f => f.Width).Distinct().OrderDescending())
            {
                var height = made.First(f => f.Width == width).Height;
                var smaller = Resize(current, width, height);
                if (!ReferenceEquals(current, upright))
                {
                    current.Dispose();
                }
                current = smaller;
                foreach (var file in made.Where(f => f.Width == width))
                {
                    files[file.Path] = Encode(current, file.Format, quality);
                }
            }
        }
        finally
        {
            if (!ReferenceEquals(current, upright))
            {
                current.Dispose();
            }
        }
        return files;
    }

    // Decodes at the smallest scale whose upright width is at least `widest`, into sRGB, and turns it upright.
    internal static SKBitmap Decode(SKCodec codec, ImageHeader header, int widest)
    {
        var scale = widest <= 0 ? 1f : Math.Min(1f, (float)widest / header.Width);
        var size = codec.GetScaledDimensions(scale);
        if ((header.Turned ? size.Height : size.Width) < widest || size.Width <= 0 || size.Height <= 0)
        {
            size = new SKSizeI(header.StoredWidth, header.StoredHeight);
        }
        var alpha = codec.Info.AlphaType == SKAlphaType.Opaque ? SKAlphaType.Opaque : SKAlphaType.Premul;
        var info = new SKImageInfo(size.Width, size.Height, SKColorType.Rgba8888, alpha, SKColorSpace.CreateSrgb());
        var stored = new SKBitmap(info);
        var result = codec.GetPixels(info, stored.GetPixels());
        if (result != SKCodecResult.Success)
        {
            stored.Dispose();
            throw new ImageException(result == SKCodecResult.IncompleteInput
                ? "the file is cut short (truncated): only part of the picture is there; export or copy it again"
                : $"the picture inside the file cannot be decoded ({result}); it may be damaged; export it again");
        }
        if (header.Orientation == 1)
        {
            return stored;
        }
        using (stored)
        {
            return Orient(stored, header.Orientation);
        }
    }

    // The EXIF orientations, as the matrix that takes a stored pixel to where it is shown (x' = a x + b y + c, y' = d x + e y + f).
    private static SKBitmap Orient(SKBitmap stored, int orientation)
    {
        float w = stored.Width, h = stored.Height;
        var matrix = orientation switch
        {
            2 => new SKMatrix(-1, 0, w, 0, 1, 0, 0, 0, 1),
            3 => new SKMatrix(-1, 0, w, 0, -1, h, 0, 0, 1),
            4 => new SKMatrix(1, 0, 0, 0, -1, h, 0, 0, 1),
            5 => new SKMatrix(0, 1, 0, 1, 0, 0, 0, 0, 1),
            6 => new SKMatrix(0, -1, h, 1, 0, 0, 0, 0, 1),
            7 => new SKMatrix(0, -1, h, -1, 0, w, 0, 0, 1),
            _ => new SKMatrix(0, 1, 0, -1, 0, w, 0, 0, 1),
        };
        var turned = orientation >= 5;
        var upright = new SKBitmap(stored.Info.WithSize(turned ? stored.Height : stored.Width, turned ? stored.Width : stored.Height));
        using var canvas = new SKCanvas(upright);
        canvas.SetMatrix(matrix);
        canvas.DrawBitmap(stored, 0, 0, new SKSamplingOptions(SKFilterMode.Nearest), null);
        canvas.Flush();
        return upright;
    }

    // Halving (each pixel the mean of four) while that stays at least twice as wide, then one Mitchell step: bicubic alone
    // would skip pixels when shrinking much and shimmer on fine detail.
    private static SKBitmap Resize(SKBitmap source, int width, int height)
    {
        var current = source;
        while (current.Width >= width * 2 && current.Height >= height * 2)
        {
            var half = new SKBitmap(current.Info.WithSize(current.Width / 2, current.Height / 2));
            current.ScalePixels(half, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.None));
            if (!ReferenceEquals(current, source))
            {
                current.Dispose();
            }
            current = half;
        }
        if (current.Width == width && current.Height == height)
        {
            return ReferenceEquals(current, source) ? Copy(source) : current;
        }
        var result = new SKBitmap(current.Info.WithSize(width, height));
        current.ScalePixels(result, new SKSamplingOptions(SKCubicResampler.Mitchell));
        if (!ReferenceEquals(current, source))
        {
            current.Dispose();
        }
        return result;
    }

    private static SKBitmap Copy(SKBitmap source) => source.Copy() ?? throw new ImageException("not enough memory to copy the picture");

    private static byte[] Encode(SKBitmap bitmap, string format, int quality)
    {
        using var pixmap = bitmap.PeekPixels();
        using var data = format switch
        {
            ImageFormats.Jpeg => pixmap.Encode(new SKJpegEncoderOptions(quality, SKJpegEncoderDownsample.Downsample420, SKJpegEncoderAlphaOption.Ignore)),
            ImageFormats.WebP => pixmap.Encode(new SKWebpEncoderOptions(SKWebpEncoderCompression.Lossy, quality)),
            _ => pixmap.Encode(SKPngEncoderOptions.Default),
        };
        return data?.ToArray() ?? throw new ImageException($"the picture could not be written as {format}");
    }
}

/// <summary>A photo that cannot be processed; the message says why, for the editor.</summary>
internal sealed class ImageException(string message) : Exception(message);
