using System.Security.Cryptography;
using RareNewsSite.Configuration;
using RareNewsSite.Diagnostics;
using RareNewsSite.Engine;
using RareNewsSite.Images;
using RareNewsSite.Markdown.Images;

namespace RareNewsSite.Modules;

/// <summary>
/// Reads each file of <c>input/assets/</c>. A photo (JPEG, PNG, WebP) is checked by its header alone (its real format,
/// its size) and gets its <see cref="ImageSet"/>: the files it will be published as and their sizes, so pages can be
/// written while <see cref="MakeImageFiles"/> makes them. Its bytes are not kept: a site's photos can weigh gigabytes.
/// An SVG is checked for scripts and outside references; other files are published as they are.
/// </summary>
internal sealed class ReadContentAssets : IDocumentModule
{
    /// <inheritdoc />
    public Document? Execute(Document doc, BuildContext context)
    {
        var source = doc.Source!;
        var bytes = context.Files.ReadAllBytes(source);
        var format = ImageFormats.OfExtension(source);
        if (format == ImageFormats.Svg)
        {
            return SvgImages.Read(doc, bytes, context);
        }
        if (format is null || !ImageFormats.IsPhoto(format))
        {
            return doc with { Bytes = bytes };
        }
        var span = SourceSpan.File(source);
        var sniffed = ImageFormats.Sniff(bytes);
        if (sniffed is not null && sniffed != format)
        {
            var name = Path.GetFileNameWithoutExtension(source) + "." + ImageFormats.Extension(sniffed);
            context.Diagnostics.Error(span, DiagnosticIds.ImageFormatMismatch,
                $"the file is named .{Path.GetExtension(source).TrimStart('.')} but holds a {sniffed.ToUpperInvariant()} image; rename it to '{name}' (and the links to it)");
            return null;
        }
        if (sniffed is null || ImageHeader.Read(bytes) is not { } header)
        {
            context.Diagnostics.Error(span, DiagnosticIds.BrokenImage,
                $"the file is not a {format.ToUpperInvariant()} image that can be read: it is damaged or not an image; export or copy it again");
            return null;
        }
        if (header.Pixels > ImageHeader.MaxPixels)
        {
            context.Diagnostics.Error(span, DiagnosticIds.ImageTooLarge, string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"the image is {header.StoredWidth} x {header.StoredHeight} pixels ({header.Pixels / 1_000_000.0:0.#} megapixels), over the limit of 50; make it smaller (4000 pixels wide is plenty) and save it again"));
            return null;
        }
        var settings = ImageSettings.From(context.Input<SiteSettings>());
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var set = ImagePlan.For(source, ImagePaths.SitePathOf(source), header.Width, header.Height, header.Format, hash, settings);
        return doc.With(Keys.Image, set);
    }
}
