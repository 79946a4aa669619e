using System.Collections.Immutable;
using Markdig.Renderers;
using Markdig.Syntax;
using RareNewsSite.Engine;
using RareNewsSite.Incremental;
using RareNewsSite.Markdown.Links;
using RareNewsSite.Templates;

namespace RareNewsSite.Modules;

/// <summary>Renders each document's Markdown body to HTML with the shared pipeline.</summary>
public sealed class RenderMarkdown : IModule
{
    /// <inheritdoc />
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context, CancellationToken cancellationToken) =>
        Task.FromResult(DocumentMemo.MapAll<RenderMarkdown>(context, inputs, null, (doc, bag) =>
        {
            // The same input document has the same tree with its links resolved as before (ResolveLinks hands back a
            // new document whenever its links point at files). A new document with the same tree renders the same
            // while its links point at the same addresses.
            var ast = doc.Get<MarkdownDocument>(Keys.MarkdownAst);
            return doc.With(Keys.BodyHtml, Memoized.Get<Memo, MarkdownDocument, RawHtml>(context.Memory, ast, LinkResolver.Signature(ast), bag,
                _ => new RawHtml(Render(ast, context)))!);
        }, cancellationToken));

    /// <summary>Rendered bodies by parsed tree, in preview.</summary>
    private sealed class Memo : IdentityMemo<MarkdownDocument, RawHtml>;

    /// <summary>Renders one parsed document.</summary>
    public static string Render(MarkdownDocument ast, BuildContext context)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        context.Services.Markdown.Setup(renderer);
        renderer.Render(ast);
        writer.Flush();
        return writer.ToString();
    }
}
