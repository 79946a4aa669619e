using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using RareNewsSite.Markdown.Containers;

namespace RareNewsSite.Markdown.Figures;

/// <summary>
/// Renders <c>::: figure</c>: its first line, the image, as the figure's picture, and the rest as its
/// <c>&lt;figcaption&gt;</c>: each paragraph's caption lines as a <c>&lt;p&gt;</c>, each credit line as a
/// <c>&lt;p class="credit"&gt;</c> after them.
/// </summary>
internal sealed class HtmlFigureRenderer : IContainerRenderer
{
    /// <inheritdoc />
    public void Write(HtmlRenderer renderer, CustomContainer container)
    {
        renderer.EnsureLine();
        renderer.Write("<figure class=\"figure\">");
        var image = FigureBlocks.ImageOf(container);
        if (image is not null)
        {
            renderer.Write(image);
        }
        var wrote = false;
        foreach (var block in container)
        {
            if (block is not ParagraphBlock { Inline: { } inline })
            {
                Open(renderer, ref wrote);
                renderer.Write(block);
                continue;
            }
            var lines = FigureBlocks.Lines(inline).Where(l => image is null || !l.Contains(image)).ToList();
            var text = lines.Where(l => !FigureBlocks.IsCredit(l)).ToList();
            if (text.Count > 0)
            {
                Open(renderer, ref wrote);
                renderer.Write("<p>");
                WriteLines(renderer, text);
                renderer.WriteLine("</p>");
            }
            foreach (var credit in lines.Where(FigureBlocks.IsCredit))
            {
                Open(renderer, ref wrote);
                renderer.Write("<p class=\"credit\">");
                WriteLines(renderer, [credit]);
                renderer.WriteLine("</p>");
            }
        }
        if (wrote)
        {
            renderer.Write("</figcaption>");
        }
        renderer.WriteLine("</figure>");
    }

    private static void Open(HtmlRenderer renderer, ref bool wrote)
    {
        if (!wrote)
        {
            renderer.WriteLine().WriteLine("<figcaption>");
            wrote = true;
        }
    }

    private static void WriteLines(HtmlRenderer renderer, List<List<Inline>> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0)
            {
                renderer.WriteLine();
            }
            foreach (var inline in lines[i])
            {
                renderer.Write(inline);
            }
        }
    }
}
