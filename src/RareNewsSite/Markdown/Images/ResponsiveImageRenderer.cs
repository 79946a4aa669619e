using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax.Inlines;
using RareNewsSite.Images;

namespace RareNewsSite.Markdown.Images;

/// <summary>
/// Writes a Markdown image of a local file as a responsive image (<see cref="ResponsiveImage.Html"/>): every width, the
/// other formats, its size and lazy loading. Links, and images of other sites, are written as Markdig writes them.
/// </summary>
internal sealed class ResponsiveImageRenderer(IReadOnlyDictionary<string, ResponsiveImage> images) : LinkInlineRenderer
{
    /// <summary>Puts this renderer in place of Markdig's link renderer in <paramref name="renderer"/>.</summary>
    public static void Use(HtmlRenderer renderer, IReadOnlyDictionary<string, ResponsiveImage> images)
    {
        if (images.Count == 0)
        {
            return;
        }
        var at = renderer.ObjectRenderers.FindIndex(r => r is LinkInlineRenderer);
        var replacement = new ResponsiveImageRenderer(images);
        if (at >= 0)
        {
            var markdig = (LinkInlineRenderer)renderer.ObjectRenderers[at];
            replacement.Rel = markdig.Rel;
            renderer.ObjectRenderers[at] = replacement;
        }
    }

    /// <inheritdoc />
    protected override void Write(HtmlRenderer renderer, LinkInline link)
    {
        if (link.IsImage && link.GetData(ImagePaths.SourceKey) is string source && images.TryGetValue(source, out var image) && renderer.EnableHtmlForInline)
        {
            renderer.Write(image.Html(InlineText.Of(link), lead: false, link.Title));
            return;
        }
        base.Write(renderer, link);
    }
}
