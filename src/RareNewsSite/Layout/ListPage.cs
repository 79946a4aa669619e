using RareNewsSite.Engine;
using RareNewsSite.Site;
using RareNewsSite.Site.Views;

namespace RareNewsSite.Layout;

/// <summary>
/// One page of a list (the home page, a tag, a disease, an author): the cards it shows and what it is about. Lists
/// are cut into these first, so that when one card changes only the pages showing it are made and laid out again.
/// </summary>
/// <param name="SitePath">Where the page is published.</param>
/// <param name="Pager">Which page of how many.</param>
/// <param name="Items">The cards on this page.</param>
/// <param name="Subject">The tag, disease or author view; null on the home page.</param>
/// <param name="Symptoms">A disease's symptoms with those its articles list.</param>
/// <param name="Summary">The subject in plain text (an author's bio, for their profile's JSON-LD).</param>
internal sealed record ListPage(string SitePath, PagerView Pager, ValueArray<ArticleCard> Items, object? Subject, ValueArray<string> Symptoms, string Summary)
{
    /// <summary>The metadata key of a list page document's <see cref="ListPage"/>.</summary>
    public const string Key = nameof(ListPage);

    /// <summary>The pages of <paramref name="items"/> under <paramref name="basePath"/> (<c>page/2/</c>, …), <paramref name="size"/> cards each.</summary>
    public static IEnumerable<Document> Paginate(IReadOnlyList<ArticleCard> items, string basePath, int size, LinkBuilder links,
        object? subject = null, ValueArray<string> symptoms = default, string summary = "")
    {
        var total = Math.Max(1, (items.Count + size - 1) / size);
        string PathOf(int n) => n == 1 ? basePath : $"{basePath}page/{n}/";
        for (var n = 1; n <= total; n++)
        {
            var pager = new PagerView(n, total, n > 1 ? links.To(PathOf(n - 1)) : null, n < total ? links.To(PathOf(n + 1)) : null);
            var page = new ListPage(PathOf(n), pager, [.. items.Skip((n - 1) * size).Take(size)], subject, symptoms, summary);
            yield return new Document { Destination = PageModels.DestinationOf(page.SitePath) }.With(Key, page);
        }
    }
}
