using System.Collections.Immutable;
using RareNewsSite.Engine;
using RareNewsSite.Site;
using RareNewsSite.Site.Views;

namespace RareNewsSite.Modules;

/// <summary>Generates the pages of each tag, listing its articles newest first, paginated.</summary>
public sealed class BuildTagPages : IModule
{
    /// <inheritdoc />
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context, CancellationToken cancellationToken)
    {
        var models = new PageModels(context);
        var pages = models.Articles
            .SelectMany(a => a.Tags.Select(t => (Tag: t, Article: a)))
            .GroupBy(x => x.Tag.Key, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .SelectMany(group =>
            {
                var tag = group.First().Tag;
                var articles = group.Select(x => x.Article).ToList();
                return models.Paginate(articles, TagViews.PathOf(tag.Key)).Select(p =>
                {
                    var title = p.Pager.Number == 1 ? $"Topic: {tag.Name}" : $"Topic: {tag.Name}, page {p.Pager.Number} of {p.Pager.Total}";
                    var page = models.Page(title, $"News about {tag.Name}", p.SitePath, "tag", p.Pager);
                    var model = models.Model(page, ("tag", tag), ("articles", p.Items), ("pager", p.Pager));
                    return PageModels.Document(p.SitePath, "tag", model, "tag", articles.SelectMany(a => a.Inputs).Append($"@pages={p.Pager.Total}"));
                });
            });
        return Task.FromResult(inputs.AddRange(pages));
    }
}
