using System.Collections.Immutable;
using RareNewsSite.Engine;
using RareNewsSite.Site;
using RareNewsSite.Site.Views;

namespace RareNewsSite.Modules;

/// <summary>Generates the home page and its following pages (<c>/page/2/</c>, …), newest articles first.</summary>
public sealed class BuildHomePages(SiteParts parts) : IModule
{
    /// <inheritdoc />
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context, CancellationToken cancellationToken)
    {
        var models = new PageModels(context, parts);
        var settings = models.Settings;
        var lists = ArticleLists.Of(context.ValuesOf<ArticleCard>(parts.Content, Keys.Card));
        var pages = models.Paginate(lists.Newest, "/").Select(p =>
        {
            var title = p.Pager.Number == 1 ? settings.SiteTitle : $"{settings.SiteTitle}: page {p.Pager.Number} of {p.Pager.Total}";
            var page = models.Page(title, settings.SiteDescription, p.SitePath, "home", p.Pager);
            page = p.Pager.Number == 1 ? page with { JsonLd = models.Data.ForHome() } : page;
            return models.Document(p.SitePath, "home", "home", page, new ModelValue("articles", p.Items), new ModelValue("pager", p.Pager));
        });
        return Task.FromResult(inputs.AddRange(pages));
    }
}
