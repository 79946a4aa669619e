using System.Globalization;
using System.Net;
using System.Text;
using RareNewsSite.Engine;

namespace RareNewsSite.Images;

/// <summary>
/// A local image as a page shows it: the file for browsers that read no <c>srcset</c>, every width of its own format,
/// the other formats as <c>&lt;source&gt;</c>s, and its size, so the browser keeps its place before it loads. Templates
/// read these values (<c>article.lead_image.srcset</c>); Markdown images are written by <see cref="Html"/>.
/// </summary>
/// <param name="Src">The fallback file's URL.</param>
/// <param name="Srcset">Every width of the image's own format (empty for a drawing).</param>
/// <param name="Sizes">How wide the image is shown (the <c>ImageSizes</c> setting).</param>
/// <param name="Width">The fallback file's width.</param>
/// <param name="Height">The fallback file's height.</param>
/// <param name="Sources">The other formats, for <c>&lt;picture&gt;</c>.</param>
public sealed record ResponsiveImage(string Src, string Srcset, string Sizes, int Width, int Height, ValueArray<ImageSource> Sources)
{
    /// <summary>The image of <paramref name="set"/>, its URLs made with <paramref name="linkTo"/>.</summary>
    public static ResponsiveImage Of(ImageSet set, Func<string, string> linkTo, string sizes)
    {
        if (!set.IsPhoto)
        {
            return new ResponsiveImage(linkTo(set.Path), "", sizes, set.Width, set.Height, default);
        }
        string SrcsetOf(string format) => string.Join(", ", set.InFormat(format).Select(f => linkTo(f.Path) + " " + f.Width.ToString(CultureInfo.InvariantCulture) + "w"));
        var fallback = set.Fallback();
        var sources = set.Files.Select(f => f.Format).Distinct().Where(f => f != set.Format)
            .Select(f => new ImageSource(ImageFormats.MimeType(f), SrcsetOf(f))).ToArray();
        return new ResponsiveImage(linkTo(fallback.Path), SrcsetOf(set.Format), sizes, fallback.Width, fallback.Height, new ValueArray<ImageSource>([.. sources]));
    }

    /// <summary>
    /// The markup: a <c>&lt;picture&gt;</c> when there are other formats, else an <c>&lt;img&gt;</c>. Images load lazily
    /// and decode off the main thread; the <paramref name="lead"/> image, which the reader sees first, is fetched first instead.
    /// </summary>
    public string Html(string alt, bool lead, string? title = null)
    {
        var html = new StringBuilder();
        if (Sources.Count > 0)
        {
            html.Append("<picture>");
            foreach (var source in Sources)
            {
                html.Append("<source type=\"").Append(source.Type).Append("\" srcset=\"").Append(Attr(source.Srcset)).Append("\" sizes=\"").Append(Attr(Sizes)).Append("\">");
            }
        }
        html.Append("<img src=\"").Append(Attr(Src)).Append('"');
        if (Srcset.Length > 0)
        {
            html.Append(" srcset=\"").Append(Attr(Srcset)).Append("\" sizes=\"").Append(Attr(Sizes)).Append('"');
        }
        if (Width > 0 && Height > 0)
        {
            html.Append(CultureInfo.InvariantCulture, $" width=\"{Width}\" height=\"{Height}\"");
        }
        html.Append(" alt=\"").Append(Attr(alt)).Append('"');
        if (title is { Length: > 0 })
        {
            html.Append(" title=\"").Append(Attr(title)).Append('"');
        }
        html.Append(lead ? " fetchpriority=\"high\"" : " loading=\"lazy\" decoding=\"async\"").Append('>');
        if (Sources.Count > 0)
        {
            html.Append("</picture>");
        }
        return html.ToString();
    }

    private static string Attr(string text) => WebUtility.HtmlEncode(text);
}

/// <summary>One other format of a <see cref="ResponsiveImage"/>: its MIME type and its widths.</summary>
/// <param name="Type">The MIME type, such as <c>image/webp</c>.</param>
/// <param name="Srcset">Its files and their widths.</param>
public sealed record ImageSource(string Type, string Srcset);
