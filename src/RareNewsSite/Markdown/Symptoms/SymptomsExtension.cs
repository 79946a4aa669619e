using Markdig;
using Markdig.Renderers;
using RareNewsSite.Markdown.Containers;

namespace RareNewsSite.Markdown.Symptoms;

/// <summary>Adds <c>::: symptoms</c>: a semantic list whose items also become data (see <see cref="SymptomsReader"/>).</summary>
internal sealed class SymptomsExtension : IMarkdownExtension
{
    /// <inheritdoc />
    public void Setup(MarkdownPipelineBuilder pipeline) => ContainerExtension.On(pipeline).Register("symptoms", new HtmlSymptomsRenderer());

    /// <inheritdoc />
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }
}
