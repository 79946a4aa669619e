using RareNewsSite.Engine;
using RareNewsSite.Publishing;
using RareNewsSite.Site;
using RareNewsSite.Site.Views;

namespace RareNewsSite.Modules;

/// <summary>What feeds show of each article: its card, its body and its authors, with the site's origin for absolute links.</summary>
internal sealed class BuildFeedItem : IDocumentModule
{
    /// <inheritdoc />
    public Document? Execute(Document doc, BuildContext context)
    {
        var links = context.Input<LinkBuilder>();
        if (!links.HasHost)
        {
            return doc; // no feeds without absolute URLs
        }
        var view = doc.Get<ArticleView>(Keys.View);
        ValueArray<(string, string)> authors = [.. view.Authors.Select(a => (a.Name, links.Origin + a.Url))];
        return doc.With(Keys.FeedItem, new FeedItem(doc.Get<ArticleCard>(Keys.Card), view.AbsoluteUrl, view.Body, links.Origin, authors));
    }
}
