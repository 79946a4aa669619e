using System.Collections.Immutable;
using Markdig.Renderers;
using Markdig.Syntax;
using RareNewsSite.Engine;
using RareNewsSite.Templates;

namespace RareNewsSite.Modules;

/// <summary>Renders each document's Markdown body to HTML with the shared pipeline.</summary>
public sealed class RenderMarkdown : IModule
{
    /// <inheritdoc />
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context, CancellationToken cancellationToken) =>
        Task.FromResult(ParallelDocuments.Select(inputs, doc =>
            doc.With(Keys.BodyHtml, new RawHtml(Render(doc.Get<MarkdownDocument>(Keys.MarkdownAst), context))), cancellationToken));

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
