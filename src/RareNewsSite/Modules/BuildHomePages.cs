using System.Collections.Immutable;
using RareNewsSite.Engine;
using RareNewsSite.Site;
using RareNewsSite.Site.Views;

using Scriban.Runtime;

namespace RareNewsSite.Modules;

/// <summary>Generates the home page and its following pages (<c>/page/2/</c>, …), newest articles first.</summary>
public sealed class BuildHomePages : IModule
{
    /// <inheritdoc />
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context, CancellationToken cancellationToken)
    {
        var models = PageModels.Of(context);
        var settings = context.Settings;
        // Each page is kept while it shows the very same articles out of as many pages (a title edit remakes its own).
        var pages = models.Lists(nameof(BuildHomePages), [], symptoms: false, () => models.Paginate(models.Articles, "/").SelectMany(p =>
            models.Group(nameof(BuildHomePages), p.SitePath, $"@pages={p.Pager.Total}", p.Items, () => [Page(p)])));
        return Task.FromResult(inputs.AddRange(pages));

        Document Page((IReadOnlyList<ArticleView> Items, PagerView Pager, string SitePath) p)
        {
            ScriptObject Model()
            {
                var title = p.Pager.Number == 1 ? settings.SiteTitle : $"{settings.SiteTitle}: page {p.Pager.Number} of {p.Pager.Total}";
                var page = models.Page(title, settings.SiteDescription, p.SitePath, "home", p.Pager);
                page = p.Pager.Number == 1 ? page with { JsonLd = models.Data.ForHome() } : page;
                return models.Model(page, ("articles", p.Items), ("pager", p.Pager));
            }
            // The page count is in every page's title and pager: a value dependency, not a file.
            return PageModels.Document(p.SitePath, "home", Model, "home", p.Items.Select(a => a.CardKey).Append($"@pages={p.Pager.Total}"));
        }
    }
}
