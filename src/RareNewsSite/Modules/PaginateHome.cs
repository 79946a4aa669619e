using System.Collections.Immutable;
using RareNewsSite.Configuration;
using RareNewsSite.Engine;
using RareNewsSite.Layout;
using RareNewsSite.Site;
using RareNewsSite.Site.Views;

namespace RareNewsSite.Modules;

/// <summary>Cuts every article, newest first, into the pages of the home page (<c>/</c>, <c>/page/2/</c>, …).</summary>
internal sealed class PaginateHome(SiteParts parts) : IModule
{
    /// <inheritdoc />
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context, CancellationToken cancellationToken)
    {
        var newest = ArrangeArticles.Read(context, parts).Newest;
        return Task.FromResult(inputs.AddRange(ListPage.Paginate(newest, "/", context.Input<SiteSettings>().PageSize, context.Input<LinkBuilder>())));
    }
}
