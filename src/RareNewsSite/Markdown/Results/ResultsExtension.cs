using Markdig;
using Markdig.Renderers;
using RareNewsSite.Markdown.Containers;

namespace RareNewsSite.Markdown.Results;

/// <summary>Adds <c>::: results "caption"</c>: a captioned study-results table with a bar chart.</summary>
internal sealed class ResultsExtension : IMarkdownExtension
{
    /// <inheritdoc />
    public void Setup(MarkdownPipelineBuilder pipeline) => ContainerExtension.On(pipeline).Register("results", new HtmlResultsRenderer());

    /// <inheritdoc />
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }
}
