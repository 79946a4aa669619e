using RareNewsSite.Site.Views;

namespace RareNewsSite.Publishing;

/// <summary>One article as every feed format needs it: absolute URLs and body HTML with absolute links.</summary>
public sealed record FeedItem(ArticleView Article, string AbsoluteUrl, string ContentHtml, IReadOnlyList<(string Name, string Url)> Authors);
