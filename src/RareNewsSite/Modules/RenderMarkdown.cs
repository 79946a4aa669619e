using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using RareNewsSite.Engine;
using RareNewsSite.Markdown.Links;
using RareNewsSite.Site.Views;
using RareNewsSite.Templates;

namespace RareNewsSite.Modules;

/// <summary>Renders each document's Markdown body to HTML with the shared pipeline, its links pointed where they resolved.</summary>
internal sealed class RenderMarkdown : IDocumentModule
{
    /// <inheritdoc />
    public Document? Execute(Document doc, BuildContext context) =>
        doc.With(Keys.BodyHtml, new RawHtml(Render(doc.Get<MarkdownDocument>(Keys.MarkdownAst), doc.GetOrDefault<ResolvedLinks>(Keys.Links), context.Input<MarkdownPipeline>())));

    /// <summary>Renders one parsed document, rewriting links as <paramref name="links"/> says.</summary>
    public static string Render(MarkdownDocument ast, ResolvedLinks? links, MarkdownPipeline pipeline)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        pipeline.Setup(renderer);
        if (links is { Count: > 0 })
        {
            renderer.LinkRewriter = links.Rewrite;
        }
        renderer.Render(ast);
        writer.Flush();
        return writer.ToString();
    }
}
