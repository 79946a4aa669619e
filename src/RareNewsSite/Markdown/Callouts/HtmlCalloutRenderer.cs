using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;
using RareNewsSite.Markdown.Containers;

namespace RareNewsSite.Markdown.Callouts;

/// <summary>
/// Renders <c>::: note</c> as an inset box and <c>::: warning</c> as a warning callout. The visible label
/// ("Note", "Warning") carries the meaning, so colour is never the only cue.
/// </summary>
internal sealed class HtmlCalloutRenderer(string kind, string label) : IContainerRenderer
{
    /// <inheritdoc />
    public void Write(HtmlRenderer renderer, CustomContainer container)
    {
        renderer.EnsureLine();
        renderer.Write("<aside class=\"callout callout-").Write(kind).Write("\" aria-label=\"").Write(label).WriteLine("\">");
        renderer.Write("<p class=\"callout-label\">").Write(label).WriteLine("</p>");
        renderer.WriteChildren(container);
        renderer.WriteLine("</aside>");
    }
}
