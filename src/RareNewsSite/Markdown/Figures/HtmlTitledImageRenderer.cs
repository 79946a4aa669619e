using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace RareNewsSite.Markdown.Figures;

/// <summary>
/// Writes a paragraph that is only an image with a title (<c>![alt](x.jpg "Caption")</c>) as a <c>&lt;figure&gt;</c>
/// whose <c>&lt;figcaption&gt;</c> is the title; every other paragraph as Markdig does.
/// </summary>
internal sealed class HtmlTitledImageRenderer : ParagraphRenderer
{
    /// <inheritdoc />
    protected override void Write(HtmlRenderer renderer, ParagraphBlock obj)
    {
        if (renderer.ImplicitParagraph || !renderer.EnableHtmlForBlock || FigureBlocks.LoneImage(obj) is not { Title: { Length: > 0 } title }
            || obj.Parent is Markdig.Extensions.CustomContainers.CustomContainer { Info: "figure" })
        {
            base.Write(renderer, obj);
            return;
        }
        renderer.EnsureLine();
        renderer.Write("<figure class=\"figure\">");
        renderer.WriteLeafInline(obj); // the image renderer leaves the title off: it is the caption
        renderer.Write("<figcaption>").WriteEscape(title).WriteLine("</figcaption></figure>");
    }
}
