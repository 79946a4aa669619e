using RareNewsSite.Engine;
using RareNewsSite.Layout;
using RareNewsSite.Publishing;
using RareNewsSite.Site;
using RareNewsSite.Site.Views;

namespace RareNewsSite.Modules;

/// <summary>Gives each page of a list (home, tag, disease, author) its page model: title, description, JSON-LD, feeds.</summary>
internal sealed class BuildListPage(SiteParts parts) : IDocumentModule
{
    /// <inheritdoc />
    public Document? Execute(Document doc, BuildContext context)
    {
        if (doc.GetOrDefault<ListPage>(ListPage.Key) is not { } list)
        {
            return doc;
        }
        var models = new PageModels(context, parts);
        var (n, total) = (list.Pager.Number, list.Pager.Total);
        string Title(string name, string separator = ": ") => n == 1 ? name : $"{name}{separator}page {n} of {total}";
        ModelValue Articles() => new("articles", list.Items);
        ModelValue Pager() => new("pager", list.Pager);
        return list.Subject switch
        {
            TagView tag => models.Document(list.SitePath, "tag", "tag",
                models.Page(Title($"Topic: {tag.Name}", ", "), $"News about {tag.Name}", list.SitePath, "tag", list.Pager),
                new ModelValue("tag", tag), Articles(), Pager()),
            DiseaseView disease => models.Document(list.SitePath, "disease", "disease", DiseasePage(models, list, disease, Title(disease.Name)),
                new ModelValue("disease", disease), Articles(), new ModelValue("symptoms", list.Symptoms), Pager(),
                new ModelValue("trials", TrialsOf(ArrangeArticles.Group(context, parts, "disease", disease.Key)))),
            AuthorView author => models.Document(list.SitePath, "author", "author",
                models.Page(Title(author.Name), $"Articles by {author.Name}" + (author.Role is { } role ? $", {role}" : ""), list.SitePath, "author", list.Pager)
                    with
                { OgType = "profile", JsonLd = models.Data.ForAuthor(author, list.Summary) },
                new ModelValue("author", author), Articles(), Pager()),
            _ => models.Document(list.SitePath, "home", "home", HomePage(models, list, Title(models.Settings.SiteTitle)), Articles(), Pager()),
        };
    }

    // Every trial the disease's articles report on, by number, each with its articles, newest first.
    private static ValueArray<TrialCoverageView> TrialsOf(IEnumerable<ArticleCard> articles) =>
        [.. articles.SelectMany(a => a.Trials.Select(t => (Trial: t, Article: a)))
            .GroupBy(p => p.Trial)
            .OrderBy(g => g.Key.Title, StringComparer.Ordinal)
            .Select(g => new TrialCoverageView(g.Key.Title, g.Key.Url,
                [.. g.Select(p => p.Article).DistinctBy(a => a.Source).OrderByDescending(a => a.Date).Select(a => new LinkView(a.Title, a.Url))]))];

    private static PageView HomePage(PageModels models, ListPage list, string title)
    {
        var page = models.Page(title, models.Settings.SiteDescription, list.SitePath, "home", list.Pager);
        return list.Pager.Number == 1 ? page with { JsonLd = models.Data.ForHome() } : page;
    }

    private static PageView DiseasePage(PageModels models, ListPage list, DiseaseView disease, string title)
    {
        var description = disease.Intro.Length > 0 ? disease.Intro : $"What {disease.Name} is, and news about it";
        var page = models.Page(title, description, list.SitePath, "disease", list.Pager);
        ValueArray<FeedLink> feeds = models.Links.HasHost ? FeedSet.ForDisease(models.Settings.SiteTitle, disease.Name, disease.Key).Links(models.Links) : [];
        return page with { JsonLd = models.Data.ForDisease(disease, list.Symptoms), Feeds = [.. page.Feeds, .. feeds] };
    }
}
