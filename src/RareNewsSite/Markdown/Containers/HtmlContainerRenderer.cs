using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace RareNewsSite.Markdown.Containers;

/// <summary>
/// Dispatches each <c>:::</c> container to the renderer registered for its type. Unknown types render as a
/// plain <c>div</c>; <see cref="ContainerValidator"/> reports them as errors.
/// </summary>
internal sealed class HtmlContainerRenderer : HtmlObjectRenderer<CustomContainer>
{
    private readonly Dictionary<string, IContainerRenderer> _renderers = new(StringComparer.Ordinal);

    /// <summary>The container types that have a renderer.</summary>
    public IReadOnlyCollection<string> KnownTypes => _renderers.Keys;

    /// <summary>Registers the renderer for a container type.</summary>
    public void Register(string type, IContainerRenderer renderer) => _renderers[type] = renderer;

    /// <inheritdoc />
    protected override void Write(HtmlRenderer renderer, CustomContainer obj)
    {
        if (obj.Info is { } type && _renderers.TryGetValue(type, out var specific))
        {
            specific.Write(renderer, obj);
            return;
        }
        renderer.EnsureLine().Write("<div").WriteAttributes(obj).WriteLine(">");
        renderer.WriteChildren(obj);
        renderer.WriteLine("</div>");
    }
}
