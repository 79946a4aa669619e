using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using RareNewsSite.Markdown.Containers;

namespace RareNewsSite.Markdown.Figures;

/// <summary>Adds <c>::: figure</c> and makes an image with a title, alone in its paragraph, a figure with that caption.</summary>
internal sealed class FigureExtension : IMarkdownExtension
{
    /// <inheritdoc />
    public void Setup(MarkdownPipelineBuilder pipeline) => ContainerExtension.On(pipeline).Register("figure", new HtmlFigureRenderer());

    /// <inheritdoc />
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && html.ObjectRenderers.FindIndex(r => r.GetType() == typeof(ParagraphRenderer)) is var at and >= 0)
        {
            html.ObjectRenderers[at] = new HtmlTitledImageRenderer();
        }
    }
}
