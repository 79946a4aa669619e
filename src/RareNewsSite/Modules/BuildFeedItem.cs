using System.Text.RegularExpressions;
using RareNewsSite.Engine;
using RareNewsSite.Publishing;
using RareNewsSite.Site;
using RareNewsSite.Site.Views;

namespace RareNewsSite.Modules;

/// <summary>What feeds show of each article: its card and its body with site-relative links made absolute.</summary>
internal sealed partial class BuildFeedItem : IDocumentModule
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
        // Feed readers show content away from the site, so site-relative links must become absolute.
        var content = RootRelativeUrl().Replace(view.Body.Html, m => m.Groups[1].Value + links.Origin + "/");
        ValueArray<(string, string)> authors = [.. view.Authors.Select(a => (a.Name, links.Origin + a.Url))];
        return doc.With(Keys.FeedItem, new FeedItem(doc.Get<ArticleCard>(Keys.Card), view.AbsoluteUrl, content, authors));
    }

    [GeneratedRegex("((?:href|src)=\")/(?!/)")]
    private static partial Regex RootRelativeUrl();
}
