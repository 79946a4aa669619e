using System.Collections.Immutable;
using Markdig.Syntax;
using RareNewsSite.Engine;
using RareNewsSite.Incremental;
using RareNewsSite.Markdown.Links;

namespace RareNewsSite.Modules;

/// <summary>Rewrites links between Markdown files to page URLs reports broken ones, and makes the page depend on the files it links to (see <see cref="LinkResolver"/>).</summary>
public sealed class ResolveLinks : IModule
{
    /// <inheritdoc />
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context, CancellationToken cancellationToken)
    {
        var resolver = new LinkResolver(context.LinkTargets, context.Services.Links.To);
        // In preview a document's links resolve as before while no link target changed anywhere.
        var targets = context.Memory?.Get<LinkTargetTable>().Version;
        return Task.FromResult(DocumentMemo.MapAll<ResolveLinks>(context, inputs, targets, (doc, bag) =>
            doc.DependingOn(resolver.Resolve(doc.Get<MarkdownDocument>(Keys.MarkdownAst), doc.Source!, bag)), cancellationToken));
    }
}
