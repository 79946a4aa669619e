using RareNewsSite.Configuration;
using RareNewsSite.Content;
using RareNewsSite.Engine;
using RareNewsSite.Publishing;
using RareNewsSite.Site;
using RareNewsSite.Site.Views;

namespace RareNewsSite.Layout;

/// <summary>
/// Makes page documents and their models. Every model has <c>site</c> and <c>page</c>; page builders add what their
/// layout shows (<c>article</c>, <c>articles</c>, <c>pager</c>, …). Made by each step that builds pages, from what
/// that step reads: the settings, the links and the static pages (navigation and footer).
/// </summary>
internal sealed class PageModels
{
    private readonly SiteView _site;
    private readonly ValueArray<FeedLink> _feeds;

    /// <summary>Reads the site-wide values from <paramref name="context"/>.</summary>
    public PageModels(BuildContext context, SiteParts parts)
    {
        Settings = context.Input<SiteSettings>();
        Links = context.Input<LinkBuilder>();
        var pages = context.ValuesOf<StaticPage>(parts.Pages, Keys.Record);
        var navigation = new List<LinkView>
        {
            new("Home", Links.To("/")),
            new("Diseases", Links.To("/diseases/")),
            new("Topics", Links.To("/tags/")),
            new("Authors", Links.To("/authors/")),
        };
        // The fixed entries, then the pages that asked for a place (menu: true), by menu_order, then title.
        navigation.AddRange(pages.Where(p => p.InMenu)
            .OrderBy(p => p.MenuOrder ?? int.MaxValue).ThenBy(p => p.Title, StringComparer.OrdinalIgnoreCase).ThenBy(p => p.Name, StringComparer.Ordinal)
            .Select(p => new LinkView(p.Title, Links.To(p.UrlPath))));
        _site = new SiteView(Settings.SiteTitle, Settings.SiteDescription, Settings.Language, Links.To("/"), navigation,
            [.. pages.OrderBy(p => p.Name, StringComparer.Ordinal).Select(p => new LinkView(p.Title, Links.To(p.UrlPath)))],
            context.Options.IncludeDrafts)
        {
            SearchUrl = Settings.GenerateSearchIndex ? Links.To("/search/") : null,
            LogoUrl = Settings.Logo.Length > 0 ? Links.To(Settings.Logo) : null,
            FaviconUrl = Settings.Favicon.Length > 0 ? Links.To(Settings.Favicon) : null,
            EditorialPolicyUrl = EditorialPolicy.Link(Settings.EditorialPolicy, pages, Links),
        };
        Data = new StructuredData(Settings, Links);
        _feeds = Links.HasHost ? FeedSet.ForSite(Settings.SiteTitle).Links(Links) : [];
    }

    /// <summary>The site's settings.</summary>
    public SiteSettings Settings { get; }

    /// <summary>The site's links.</summary>
    public LinkBuilder Links { get; }

    /// <summary>The schema.org builder for this site.</summary>
    public StructuredData Data { get; }

    /// <summary>A page's common values: links, the site's feeds, and plain <c>WebPage</c> data (builders replace it).</summary>
    public PageView Page(string title, string description, string sitePath, string kind, PagerView? pager = null)
    {
        var page = new PageView(title, description, Links.To(sitePath), Links.Absolute(sitePath), kind)
        {
            Feeds = _feeds,
            PreviousUrl = pager?.PreviousUrl,
            NextUrl = pager?.NextUrl,
            FeedbackUrl = FeedbackLink(Settings.FeedbackUrl, title, Links.Absolute(sitePath)),
        };
        return page with { JsonLd = Data.ForPage(page, collection: pager is not null) };
    }

    // A mail gets the page in its subject and body; a form gets it as a query parameter.
    private static string FeedbackLink(string setting, string title, string address)
    {
        if (setting.Length == 0 || setting.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
        {
            var to = setting.Length == 0 ? "mailto:" : setting;
            var separator = to.Contains('?', StringComparison.Ordinal) ? "&" : "?";
            return $"{to}{separator}subject={Uri.EscapeDataString("Problem with a page: " + title)}&body={Uri.EscapeDataString("Page: " + address)}";
        }
        return $"{setting}{(setting.Contains('?', StringComparison.Ordinal) ? "&" : "?")}page={Uri.EscapeDataString(address)}";
    }

    /// <summary>A page document laid out with <paramref name="layout"/> at <paramref name="sitePath"/>, showing <paramref name="page"/> and the values.</summary>
    public Document Document(string sitePath, string layout, string kind, PageView page, params ModelValue[] values) =>
        new Document { Destination = DestinationOf(sitePath) }.With(Keys.Model, Model(layout, page, values)).With(Keys.PageKind, kind);

    /// <summary>A model of <paramref name="page"/> and the values, laid out with <paramref name="layout"/>.</summary>
    public PageModel Model(string layout, PageView page, params ModelValue[] values) => new(layout, _site, page, values);

    /// <summary>The file a site path is written to: <c>/articles/a/</c> becomes <c>articles/a/index.html</c>.</summary>
    public static string DestinationOf(string sitePath) =>
        sitePath.EndsWith(".html", StringComparison.Ordinal) ? sitePath.TrimStart('/') : (sitePath.Trim('/') + "/index.html").TrimStart('/');
}
