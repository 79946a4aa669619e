using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;

namespace RareNewsSite.Markdown.Containers;

/// <summary>Renders one kind of <c>:::</c> container, chosen by the word after the fence.</summary>
internal interface IContainerRenderer
{
    /// <summary>Writes the container's HTML.</summary>
    void Write(HtmlRenderer renderer, CustomContainer container);
}
