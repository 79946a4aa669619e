using RareNewsSite.Engine;
using RareNewsSite.Layout;
using RareNewsSite.Site;
using RareNewsSite.Templates;

namespace RareNewsSite.Modules;

/// <summary>Renders each page's model with its theme layout into the page, which no longer carries the model; a page whose template fails is dropped after reporting.</summary>
internal sealed class RenderLayout(SiteParts parts) : IDocumentModule
{
    /// <inheritdoc />
    public Document? Execute(Document doc, BuildContext context)
    {
        if (doc.GetOrDefault<PageModel>(Keys.Model) is not { } model)
        {
            return doc;
        }
        var assets = context.ValuesOf<AssetPath>(parts.Assets, Keys.Asset).ToDictionary(a => a.Name, a => a.Destination, StringComparer.Ordinal);
        var site = new TemplateSite(context.Input<LinkBuilder>(), assets);
        var page = context.Input<TemplateRenderer>().RenderPage(model.Layout, model.ToScriptObject(), site, context.Diagnostics);
        // Kept as UTF-8, as written: half the memory of the text while the build holds the page. The model is spent: the
        // page is what it was for, and list pages' models hold their cards.
        return page is null ? null : doc.Without(Keys.Model) with { Content = "", Bytes = page };
    }
}
