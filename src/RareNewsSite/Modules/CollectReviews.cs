using System.Collections.Immutable;
using RareNewsSite.Content;
using RareNewsSite.Content.Trust;
using RareNewsSite.Engine;
using RareNewsSite.Site;

namespace RareNewsSite.Modules;

/// <summary>One document per published article and disease record that names a review date, holding its <see cref="ReviewedPage"/>.</summary>
internal sealed class CollectReviews(SiteParts parts) : IModule
{
    /// <inheritdoc />
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context, CancellationToken cancellationToken)
    {
        var articles = context.ValuesOf<Article>(parts.Content, Keys.Record).DistinctBy(a => a.Source)
            .Where(a => a.Review is not null).Select(a => new ReviewedPage(a.Source, a.Title, a.Review!));
        var diseases = context.ValuesOf<Disease>(parts.Diseases, Keys.Record)
            .Where(d => d.Review is not null).Select(d => new ReviewedPage(d.Source, d.Name, d.Review!));
        return Task.FromResult<ImmutableArray<Document>>([.. articles.Concat(diseases)
            .Select(page => new Document { Source = page.Source }.With(Keys.Record, page))]);
    }
}
