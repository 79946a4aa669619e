using RareNewsSite.Configuration;
using RareNewsSite.Engine;
using RareNewsSite.Layout;
using RareNewsSite.Site;
using RareNewsSite.Site.Views;

namespace RareNewsSite.Modules;

/// <summary>Cuts a tag's articles (its group's document), newest first, into pages (<c>/tags/&lt;tag&gt;/</c>, …).</summary>
internal sealed class PaginateTags : IExpandingModule
{
    /// <inheritdoc />
    public IEnumerable<Document> Execute(Document doc, BuildContext context)
    {
        var cards = ArrangeArticles.CardsOf(doc);
        var key = ArrangeArticles.TagOf(doc);
        // Each topic as its newest article names it.
        var tag = cards[0].Tags.First(t => t.Key == key);
        return ListPage.Paginate(cards, TagViews.PathOf(tag.Key), context.Input<SiteSettings>().PageSize, context.Input<LinkBuilder>(), tag);
    }
}
