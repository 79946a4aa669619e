using System.Collections.Immutable;
using RareNewsSite.Engine;
using RareNewsSite.Site;
using RareNewsSite.Site.Views;

namespace RareNewsSite.Modules;

/// <summary>Generates the pages of each tag, listing its articles newest first, paginated.</summary>
public sealed class BuildTagPages(SiteParts parts) : IModule
{
    /// <inheritdoc />
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context, CancellationToken cancellationToken)
    {
        var models = new PageModels(context, parts);
        var byTag = ArticleLists.Of(context.ValuesOf<ArticleCard>(parts.Content, Keys.Card)).ByTag;
        var pages = byTag.Keys.Order(StringComparer.Ordinal).SelectMany(key =>
        {
            var articles = byTag[key];
            var tag = articles[0].Tags.First(t => t.Key == key);
            return models.Paginate(articles, TagViews.PathOf(tag.Key)).Select(p =>
            {
                var title = p.Pager.Number == 1 ? $"Topic: {tag.Name}" : $"Topic: {tag.Name}, page {p.Pager.Number} of {p.Pager.Total}";
                var page = models.Page(title, $"News about {tag.Name}", p.SitePath, "tag", p.Pager);
                return models.Document(p.SitePath, "tag", "tag", page, new ModelValue("tag", tag), new ModelValue("articles", p.Items), new ModelValue("pager", p.Pager));
            });
        });
        return Task.FromResult(inputs.AddRange(pages));
    }
}
