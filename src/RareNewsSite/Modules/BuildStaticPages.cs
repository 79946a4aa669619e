using RareNewsSite.Content;
using RareNewsSite.Engine;
using RareNewsSite.Layout;
using RareNewsSite.Site;
using RareNewsSite.Site.Views;
using RareNewsSite.Templates;

namespace RareNewsSite.Modules;

/// <summary>Gives each static page (about, disclaimer) its page model.</summary>
internal sealed class BuildStaticPages(SiteParts parts) : IDocumentModule
{
    /// <inheritdoc />
    public Document? Execute(Document doc, BuildContext context)
    {
        var models = new PageModels(context, parts);
        var record = doc.Get<StaticPage>(Keys.Record);
        var page = models.Page(record.Title, record.Description ?? models.Settings.SiteDescription, record.UrlPath, "page");
        return doc.With(Keys.Model, models.Model("page", page, new ModelValue("body", doc.Get<RawHtml>(Keys.BodyHtml)))).With(Keys.PageKind, "page")
            with
        { Destination = PageModels.DestinationOf(record.UrlPath) };
    }
}
