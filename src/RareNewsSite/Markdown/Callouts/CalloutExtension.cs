using Markdig;
using Markdig.Renderers;
using RareNewsSite.Markdown.Containers;

namespace RareNewsSite.Markdown.Callouts;

/// <summary>Adds <c>::: note</c> and <c>::: warning</c>.</summary>
internal sealed class CalloutExtension : IMarkdownExtension
{
    /// <inheritdoc />
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        var containers = ContainerExtension.On(pipeline);
        containers.Register("note", new HtmlCalloutRenderer("note", "Note"));
        containers.Register("warning", new HtmlCalloutRenderer("warning", "Warning"));
    }

    /// <inheritdoc />
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }
}
