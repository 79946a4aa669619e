using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using RareNewsSite.Configuration;
using RareNewsSite.Content;
using RareNewsSite.Engine;
using RareNewsSite.Images;
using RareNewsSite.Markdown.Images;
using RareNewsSite.Markdown.Links;
using RareNewsSite.Site;
using RareNewsSite.Site.Views;
using RareNewsSite.Templates;

namespace RareNewsSite.Modules;

/// <summary>
/// Renders each document's Markdown body to HTML with the shared pipeline, its links pointed where they resolved and its
/// local images written as responsive images, with the sizes <paramref name="contentAssets"/> read from their files.
/// </summary>
internal sealed class RenderMarkdown(string contentAssets) : IDocumentModule
{
    /// <inheritdoc />
    public Document? Execute(Document doc, BuildContext context)
    {
        var ast = doc.Get<ParsedMarkdown>(Keys.MarkdownAst).Tree;
        var images = ImagesOf(ast, context, contentAssets);
        var html = _html ??= new StringWriter();
        html.GetStringBuilder().Clear();
        Render(html, ast, doc.GetOrDefault<ResolvedLinks>(Keys.Links), context.Input<MarkdownPipeline>(), images);
        var body = RawHtml.CompactOf(html.GetStringBuilder());
        if (html.GetStringBuilder().Capacity > LargestKept)
        {
            _html = null;
        }
        return doc.With(Keys.BodyHtml, body);
    }

    // The text each thread renders into, kept from one article to the next (a body is kept as UTF-8, so the text is
    // only ever encoded: a string of it would be a copy made to be thrown away), unless an article made it this large.
    private const int LargestKept = 1 << 20;

    [ThreadStatic]
    private static StringWriter? _html;

    /// <summary>The responsive image of each local file the body shows, by file.</summary>
    public static IReadOnlyDictionary<string, ResponsiveImage> ImagesOf(MarkdownDocument ast, BuildContext context, string contentAssets)
    {
        var images = new Dictionary<string, ResponsiveImage>(StringComparer.Ordinal);
        foreach (var link in ast.Descendants<LinkInline>())
        {
            if (link.IsImage && link.GetData(ImagePaths.SourceKey) is string source && !images.ContainsKey(source)
                && context.ValueAt<ImageSet>(contentAssets, source, Keys.Image) is { } set)
            {
                images[source] = ResponsiveImage.Of(set, context.Input<LinkBuilder>().To, context.Input<SiteSettings>().ImageSizes);
            }
        }
        return images;
    }

    /// <summary>Renders one parsed document, rewriting links as <paramref name="links"/> says and writing <paramref name="images"/> as responsive images.</summary>
    public static string Render(MarkdownDocument ast, ResolvedLinks? links, MarkdownPipeline pipeline, IReadOnlyDictionary<string, ResponsiveImage>? images = null)
    {
        using var writer = new StringWriter();
        Render(writer, ast, links, pipeline, images);
        return writer.ToString();
    }

    private static void Render(StringWriter writer, MarkdownDocument ast, ResolvedLinks? links, MarkdownPipeline pipeline, IReadOnlyDictionary<string, ResponsiveImage>? images)
    {
        var renderer = new HtmlRenderer(writer);
        pipeline.Setup(renderer);
        ResponsiveImageRenderer.Use(renderer, images ?? new Dictionary<string, ResponsiveImage>());
        if (links is { Count: > 0 })
        {
            renderer.LinkRewriter = links.Rewrite;
        }
        renderer.Render(ast);
        writer.Flush();
    }
}
