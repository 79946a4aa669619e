using RareNewsSite.Engine;
using RareNewsSite.Site.Views;

namespace RareNewsSite.Publishing;

/// <summary>One article as feeds show it: its card, absolute link, content with absolute links, and authors with absolute links.</summary>
internal sealed record FeedItem(ArticleCard Article, string AbsoluteUrl, string ContentHtml, ValueArray<(string Name, string Url)> Authors);
