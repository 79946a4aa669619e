using System.Net;
using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using RareNewsSite.Images;
using RareNewsSite.Markdown.Figures;

namespace RareNewsSite.Markdown.Images;

/// <summary>
/// Writes a Markdown image of a local file as a responsive image (<see cref="ResponsiveImage.Html"/>): every width, the
/// other formats, its size and lazy loading. An image whose title is its figure's caption (<c>![alt](x.jpg "Caption")</c>
/// alone in a paragraph) leaves the title off, or it would be read twice. Links are written as Markdig writes them.
/// </summary>
internal sealed class ResponsiveImageRenderer(IReadOnlyDictionary<string, ResponsiveImage> images) : LinkInlineRenderer
{
    /// <summary>Puts this renderer in place of Markdig's link renderer in <paramref name="renderer"/>.</summary>
    public static void Use(HtmlRenderer renderer, IReadOnlyDictionary<string, ResponsiveImage> images)
    {
        var at = renderer.ObjectRenderers.FindIndex(r => r is LinkInlineRenderer);
        if (at >= 0)
        {
            var markdig = (LinkInlineRenderer)renderer.ObjectRenderers[at];
            renderer.ObjectRenderers[at] = new ResponsiveImageRenderer(images) { Rel = markdig.Rel };
        }
    }

    /// <inheritdoc />
    protected override void Write(HtmlRenderer renderer, LinkInline link)
    {
        if (!link.IsImage || !renderer.EnableHtmlForInline)
        {
            base.Write(renderer, link);
            return;
        }
        var captioned = link.Title is { Length: > 0 } && !renderer.ImplicitParagraph && link.Parent?.ParentBlock is ParagraphBlock paragraph
            && paragraph.Parent is not CustomContainer { Info: "figure" } && Figures.FigureBlocks.LoneImage(paragraph) == link;
        var title = captioned ? null : link.Title;
        if (link.GetData(ImagePaths.SourceKey) is string source && images.TryGetValue(source, out var image))
        {
            renderer.Write(image.Html(InlineText.Of(link), lead: false, title));
        }
        else if (captioned)
        {
            renderer.Write("<img src=\"").Write(WebUtility.HtmlEncode(link.GetDynamicUrl?.Invoke() ?? link.Url ?? "")).Write("\" alt=\"")
                .Write(WebUtility.HtmlEncode(InlineText.Of(link))).Write("\" loading=\"lazy\" decoding=\"async\">");
        }
        else
        {
            base.Write(renderer, link);
        }
    }
}
