using System.Collections.Immutable;
using RareNewsSite.Content;
using RareNewsSite.Engine;
using RareNewsSite.Incremental;
using RareNewsSite.Pipelines;
using RareNewsSite.Publishing;
using RareNewsSite.Site.Views;
using Scriban.Runtime;

namespace RareNewsSite.Site;

/// <summary>
/// Creates page documents and their template models. Every model has <c>site</c> and <c>page</c>; page
/// builders add what their layout shows (<c>article</c>, <c>articles</c>, <c>pager</c>, …).
/// </summary>
public sealed class PageModels
{
    private readonly BuildContext _context;
    private readonly SiteView _site;
    private readonly IReadOnlyList<FeedLink> _feeds;
    private readonly SameObjects _cards;
    private readonly SameObjects _cardsAndSymptoms;

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<BuildContext, Lazy<PageModels>> PerBuild = [];

    /// <summary>
    /// The build's page models, made once: every page builder needs the sorted article list, and sorting
    /// 10,000 articles once per builder would be most of a preview rebuild. Call it from PostProcess on.
    /// </summary>
    public static PageModels Of(BuildContext context) => PerBuild.GetValue(context, c => new Lazy<PageModels>(() => new PageModels(c))).Value;

    /// <summary>Reads the site-wide values (navigation, footer links) from the processed pipelines.</summary>
    private PageModels(BuildContext context)
    {
        _context = context;
        var links = context.Services.Links;
        var pages = context.OutputsOf(PipelineNames.Pages).Select(d => d.Get<StaticPage>(Keys.Record)).ToList();
        var navigation = new List<LinkView>
        {
            new("Home", links.To("/")),
            new("Diseases", links.To("/diseases/")),
            new("Topics", links.To("/tags/")),
            new("Authors", links.To("/authors/")),
        };
        navigation.AddRange(pages.Where(p => p.Name == "about").Select(p => new LinkView(p.Title, links.To(p.UrlPath))));
        var settings = context.Settings;
        _site = new SiteView(settings.SiteTitle, settings.SiteDescription, settings.Language, links.To("/"), navigation,
            [.. pages.OrderBy(p => p.Name, StringComparer.Ordinal).Select(p => new LinkView(p.Title, links.To(p.UrlPath)))],
            context.Options.IncludeDrafts)
        {
            SearchUrl = settings.GenerateSearchIndex ? links.To("/search/") : null,
        };
        Data = new StructuredData(settings, links);
        _feeds = Feeds.Enabled(context) ? FeedSet.ForSite(settings.SiteTitle).Links(links) : [];
        var cards = ArticleCards.Of(context);
        var views = cards.Views;
        // In preview the order and the groups are kept while every card is equal (a body edit): no sorting or grouping.
        var arrangement = LatestValues.GetOrCompute(context.Memory, "articles", () => cards.Cards!, () => ArticleArrangement.Of(views));
        Articles = Array.ConvertAll(arrangement.Order, i => views[i]);
        Arrangement = arrangement;
        RelatedInputs = cards.Related;
        // What every list shows: the static pages in the navigation, and every card (with its authors', diseases' and tags' names).
        var shown = context.OutputsOf(PipelineNames.Pages);
        _cards = new SameObjects([.. shown, cards.Cards]);
        _cardsAndSymptoms = new SameObjects([.. shown, cards.Symptoms]);
        ByDisease = new ArticleGroups(arrangement.ByDisease, Articles);
        ByAuthor = new ArticleGroups(arrangement.ByAuthor, Articles);
        ByTag = new ArticleGroups(arrangement.ByTag, Articles);
    }

    /// <summary>
    /// The order and groups of the articles: in preview the same object from build to build while every card is
    /// equal, so what follows from them alone can be kept with it as the key.
    /// </summary>
    public object Arrangement { get; }

    /// <summary>
    /// In preview, a token that stays the same object while every article has the same source, diseases and tags at
    /// the same position (with the same order of <see cref="Articles"/>, all related lists follow from it); null in a
    /// plain build.
    /// </summary>
    public object? RelatedInputs { get; }

    /// <summary>Every published article, newest first.</summary>
    public IReadOnlyList<ArticleView> Articles { get; }

    /// <summary>The articles of each disease key, newest first (an article listing a disease twice appears once).</summary>
    public ArticleGroups ByDisease { get; }

    /// <summary>The articles of each author key, newest first.</summary>
    public ArticleGroups ByAuthor { get; }

    /// <summary>The articles of each tag key, newest first.</summary>
    public ArticleGroups ByTag { get; }

    /// <summary>
    /// In preview, the pages a list builder made last time while everything lists read is unchanged: the documents
    /// it reads (<paramref name="read"/>: the disease records of disease pages), the static pages (the same objects)
    /// and every article's card (equal card keys in the same order; with <paramref name="symptoms"/>, its symptoms too). A body edit leaves
    /// every list as it was. A card shows only what its key covers (see <see cref="ValueKey.CardOf"/>), so a kept
    /// page that is laid out again with a changed template shows the same cards.
    /// </summary>
    public ImmutableArray<Document> Lists(string builder, ImmutableArray<Document> read, bool symptoms, Func<IEnumerable<Document>> build) =>
        LatestValues.GetOrCompute(_context.Memory, "lists:" + builder,
            () => new ListsKey(new SameObjects([.. read]), symptoms ? _cardsAndSymptoms : _cards),
            () => new Made([.. build()])).Documents;

    /// <summary>
    /// In preview, when lists are made again (a card changed somewhere), the pages one group of a list builder (a
    /// disease, an author, a tag) made last time, while the group shows the very same article views in the same
    /// order and its record (<paramref name="record"/>) and the static pages are the same objects: a title edit
    /// makes again only the pages of the groups its article is in.
    /// </summary>
    public IEnumerable<Document> Group(string builder, string group, object? record, IReadOnlyList<ArticleView> articles, Func<IEnumerable<Document>> build) =>
        LatestValues.GetOrCompute(_context.Memory, $"group:{builder}:{group}",
            () => new SameObjects([record, .. _context.OutputsOf(PipelineNames.Pages), .. articles]),
            () => new Made([.. build()])).Documents;

    private sealed record ListsKey(SameObjects Read, SameObjects Cards);

    private sealed record Made(ImmutableArray<Document> Documents);

    /// <summary>The schema.org builder for this site.</summary>
    public StructuredData Data { get; }

    /// <summary>A page's common values: links, the site's feeds, and plain <c>WebPage</c> data (builders replace it).</summary>
    public PageView Page(string title, string description, string sitePath, string kind, PagerView? pager = null)
    {
        var page = new PageView(title, description, _context.Services.Links.To(sitePath), _context.Services.Links.Absolute(sitePath), kind)
        {
            Feeds = _feeds,
            PreviousUrl = pager?.PreviousUrl,
            NextUrl = pager?.NextUrl,
        };
        return page with { JsonLd = Data.ForPage(page, collection: pager is not null) };
    }

    /// <summary>A model holding <c>site</c>, <c>page</c> and the given extra variables.</summary>
    public ScriptObject Model(PageView page, params (string Name, object? Value)[] variables)
    {
        var model = new ScriptObject { ["site"] = _site, ["page"] = page };
        foreach (var (name, value) in variables)
        {
            model[name] = value;
        }
        return model;
    }

    /// <summary>
    /// A page document to render with <paramref name="layout"/> and write at <paramref name="sitePath"/>. The model is
    /// made only when the page is rendered: in preview most pages are reused, and their models would be wasted work.
    /// </summary>
    public static Document Document(string sitePath, string layout, Func<ScriptObject> model, string kind, IEnumerable<string> dependencies) =>
        new Document { Destination = DestinationOf(sitePath), Dependencies = Engine.Document.DependencySet(dependencies) }
            .With(Keys.Layout, layout).With(Keys.Model, model).With(Keys.PageKind, kind);

    /// <summary>The file a site path is written to: <c>/articles/a/</c> becomes <c>articles/a/index.html</c>.</summary>
    public static string DestinationOf(string sitePath) =>
        sitePath.EndsWith(".html", StringComparison.Ordinal) ? sitePath.TrimStart('/') : (sitePath.Trim('/') + "/index.html").TrimStart('/');

    /// <summary>Splits a list into pages of the configured size, with the site path of each page.</summary>
    public IEnumerable<(IReadOnlyList<ArticleView> Items, PagerView Pager, string SitePath)> Paginate(IReadOnlyList<ArticleView> items, string basePath)
    {
        var size = _context.Settings.PageSize;
        var total = Math.Max(1, (items.Count + size - 1) / size);
        string PathOf(int n) => n == 1 ? basePath : $"{basePath}page/{n}/";
        for (var n = 1; n <= total; n++)
        {
            var links = _context.Services.Links;
            var pager = new PagerView(n, total, n > 1 ? links.To(PathOf(n - 1)) : null, n < total ? links.To(PathOf(n + 1)) : null);
            yield return ([.. items.Skip((n - 1) * size).Take(size)], pager, PathOf(n));
        }
    }
}
