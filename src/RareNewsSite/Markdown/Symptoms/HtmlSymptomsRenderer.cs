using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;
using RareNewsSite.Markdown.Containers;

namespace RareNewsSite.Markdown.Symptoms;

/// <summary>Renders <c>::: symptoms</c> as a labelled section holding the list.</summary>
internal sealed class HtmlSymptomsRenderer : IContainerRenderer
{
    /// <inheritdoc />
    public void Write(HtmlRenderer renderer, CustomContainer container)
    {
        renderer.EnsureLine();
        renderer.WriteLine("<section class=\"symptoms\" aria-label=\"Symptoms\">");
        renderer.WriteLine("<h3 class=\"symptoms-title\">Symptoms</h3>");
        renderer.WriteChildren(container);
        renderer.WriteLine("</section>");
    }
}
