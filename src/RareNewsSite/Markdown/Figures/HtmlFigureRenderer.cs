using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;
using RareNewsSite.Markdown.Containers;

namespace RareNewsSite.Markdown.Figures;

/// <summary>
/// Renders <c>::: figure</c>: its first paragraph, a lone image, as the figure's picture, and the paragraphs after it as
/// its <c>&lt;figcaption&gt;</c>, where one that starts with <c>Credit:</c> is the credit.
/// </summary>
internal sealed class HtmlFigureRenderer : IContainerRenderer
{
    /// <inheritdoc />
    public void Write(HtmlRenderer renderer, CustomContainer container)
    {
        renderer.EnsureLine();
        renderer.Write("<figure class=\"figure\">");
        if (container.Count > 0 && FigureBlocks.LoneImage(container[0]) is not null)
        {
            renderer.WriteLeafInline((Markdig.Syntax.LeafBlock)container[0]);
        }
        if (container.Count > 1)
        {
            renderer.WriteLine().WriteLine("<figcaption>");
            for (var i = 1; i < container.Count; i++)
            {
                if (FigureBlocks.IsCredit(container[i]))
                {
                    renderer.Write("<p class=\"credit\">").WriteLeafInline((Markdig.Syntax.LeafBlock)container[i]).WriteLine("</p>");
                }
                else
                {
                    renderer.Write(container[i]);
                }
            }
            renderer.Write("</figcaption>");
        }
        renderer.WriteLine("</figure>");
    }
}
