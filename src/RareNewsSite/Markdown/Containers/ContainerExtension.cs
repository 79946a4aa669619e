using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;

namespace RareNewsSite.Markdown.Containers;

/// <summary>
/// Adds the <c>:::</c> block parser (Markdig's own) without its inline <c>::</c> syntax, and our dispatching
/// renderer. Feature extensions (symptoms, results, callouts) register their renderers on it.
/// </summary>
internal sealed class ContainerExtension : IMarkdownExtension
{
    private readonly Dictionary<string, IContainerRenderer> _renderers = new(StringComparer.Ordinal);

    /// <summary>The container types registered so far.</summary>
    public IReadOnlyCollection<string> KnownTypes => _renderers.Keys;

    /// <summary>Registers a renderer for a container type.</summary>
    public void Register(string type, IContainerRenderer renderer) => _renderers[type] = renderer;

    /// <inheritdoc />
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.BlockParsers.Contains<CustomContainerParser>())
        {
            // Before the fenced code parser would not matter (different fence characters); before paragraphs does.
            pipeline.BlockParsers.Insert(0, new CustomContainerParser());
        }
    }

    /// <inheritdoc />
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not HtmlRenderer html)
        {
            return;
        }
        html.ObjectRenderers.RemoveAll(r => r is HtmlCustomContainerRenderer or HtmlContainerRenderer);
        var dispatcher = new HtmlContainerRenderer();
        foreach (var (type, specific) in _renderers)
        {
            dispatcher.Register(type, specific);
        }
        html.ObjectRenderers.Insert(0, dispatcher);
    }

    /// <summary>The extension already on the builder, or a new one added to it.</summary>
    public static ContainerExtension On(MarkdownPipelineBuilder pipeline)
    {
        var extension = pipeline.Extensions.OfType<ContainerExtension>().FirstOrDefault();
        if (extension is null)
        {
            extension = new ContainerExtension();
            pipeline.Extensions.Add(extension);
        }
        return extension;
    }
}
