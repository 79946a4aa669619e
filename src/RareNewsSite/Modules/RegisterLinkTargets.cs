using System.Collections.Immutable;
using RareNewsSite.Content;
using RareNewsSite.Engine;
using RareNewsSite.Incremental;
using RareNewsSite.Markdown.Links;

namespace RareNewsSite.Modules;

/// <summary>
/// Records every article and page (published or not) as a link target with its anchors, so links between
/// Markdown files resolve, and a link to a draft gets a precise message.
/// </summary>
public sealed class RegisterLinkTargets : IModule
{
    /// <summary>Link targets by document, in preview.</summary>
    private sealed class Memo : IdentityMemo<Document, LinkTarget>;

    /// <inheritdoc />
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context, CancellationToken cancellationToken)
    {
        Parallel.ForEach(inputs, doc =>
        {
            var (url, published) = doc.Get<object>(Keys.Record) switch
            {
                Article a => (a.UrlPath, FilterPublished.IsPublished(a, context)),
                StaticPage p => (p.UrlPath, true),
                _ => throw new InvalidOperationException("Only articles and pages are link targets."),
            };
            // In preview an unchanged document gives the very same target, which makes comparing targets cheap.
            context.LinkTargets[doc.Source!] = Memoized.Get<Memo, Document, LinkTarget>(context.Memory, doc, published ? "published" : "", context.Diagnostics,
                _ => new LinkTarget(url, doc.Get<ImmutableHashSet<string>>(Keys.Anchors), published))!;
        });
        return Task.FromResult(inputs);
    }
}
