using RareNewsSite.Engine;

namespace RareNewsSite.Images;

/// <summary>
/// A local photo as pages show it: its own file (metadata stripped) and the smaller files made from it, each with its
/// size, known from the file's header before anything is decoded, so pages can say <c>width</c>, <c>height</c> and
/// <c>srcset</c> while the files are still being made.
/// </summary>
/// <param name="Source">The file under <c>input/assets/</c>.</param>
/// <param name="Path">The site path it is published at (<c>/assets/photos/scan.jpg</c>).</param>
/// <param name="Width">Its width as shown, after the EXIF orientation is applied.</param>
/// <param name="Height">Its height as shown.</param>
/// <param name="Format">Its format (<c>jpeg</c>, <c>png</c>, <c>webp</c>; <c>svg</c> for drawings, which have no other files).</param>
/// <param name="ContentHash">SHA-256 of the file's bytes, in hex: with the settings, what the made files depend on.</param>
/// <param name="Files">The files made from it, smallest first, its own format before the extra ones; empty for drawings.</param>
public sealed record ImageSet(string Source, string Path, int Width, int Height, string Format, string ContentHash, ValueArray<ImageFile> Files)
{
    /// <summary>True for a photo, whose smaller files and extra formats are made; false for an SVG drawing.</summary>
    public bool IsPhoto => Format != ImageFormats.Svg;

    /// <summary>The files in <paramref name="format"/>, smallest first.</summary>
    public IEnumerable<ImageFile> InFormat(string format) => Files.Where(f => f.Format == format);

    /// <summary>
    /// The file a browser that reads no <c>srcset</c> gets: in the photo's own format, the widest that is at most
    /// <paramref name="preferred"/> pixels wide (else the narrowest), or the photo itself when nothing was made.
    /// </summary>
    public ImageFile Fallback(int preferred = 1200)
    {
        var own = InFormat(Format).ToList();
        return own.Count == 0
            ? new ImageFile(Path, Width, Height, Format)
            : own.LastOrDefault(f => f.Width <= preferred) ?? own[0];
    }
}

/// <summary>One published file of an <see cref="ImageSet"/>.</summary>
/// <param name="Path">Its site path.</param>
/// <param name="Width">Its width in pixels.</param>
/// <param name="Height">Its height in pixels.</param>
/// <param name="Format">Its format (<c>jpeg</c>, <c>png</c>, <c>webp</c>).</param>
public sealed record ImageFile(string Path, int Width, int Height, string Format);
