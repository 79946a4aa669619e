using System.Collections.Immutable;
using RareNewsSite.Configuration;
using RareNewsSite.Engine;
using RareNewsSite.Layout;
using RareNewsSite.Site;
using RareNewsSite.Site.Views;

namespace RareNewsSite.Modules;

/// <summary>Cuts each tag's articles, newest first, into pages (<c>/tags/&lt;tag&gt;/</c>, …).</summary>
internal sealed class PaginateTags(SiteParts parts) : IModule
{
    /// <inheritdoc />
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context, CancellationToken cancellationToken)
    {
        var byTag = ArrangeArticles.Read(context, parts).ByTag;
        var (size, links) = (context.Input<SiteSettings>().PageSize, context.Input<LinkBuilder>());
        return Task.FromResult(inputs.AddRange(byTag.Keys.Order(StringComparer.Ordinal).SelectMany(key =>
        {
            // Each topic as its newest article names it.
            var tag = byTag[key][0].Tags.First(t => t.Key == key);
            return ListPage.Paginate(byTag[key], TagViews.PathOf(tag.Key), size, links, tag);
        })));
    }
}
