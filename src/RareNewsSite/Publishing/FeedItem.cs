using System.Text.RegularExpressions;
using RareNewsSite.Engine;
using RareNewsSite.Site.Views;

namespace RareNewsSite.Publishing;

/// <summary>
/// One article as feeds show it: its card, absolute link, body, and authors with absolute links. The content with absolute
/// links is made when a feed is written rather than kept: only the newest articles are in any feed, and a second copy of
/// every body would be held by the build until the end.
/// </summary>
internal sealed partial record FeedItem(ArticleCard Article, string AbsoluteUrl, RawHtml Body, string Origin, ValueArray<(string Name, string Url)> Authors)
{
    /// <summary>The body with site-relative links made absolute: feed readers show content away from the site.</summary>
    public string ContentHtml() => Srcset().Replace(RootRelativeUrl().Replace(Body.Html, m => m.Groups[1].Value + Origin + "/"),
        m => m.Groups[1].Value + string.Join(", ", m.Groups[2].Value.Split(", ").Select(c => c.StartsWith('/') && !c.StartsWith("//", StringComparison.Ordinal) ? Origin + c : c)) + "\"");

    [GeneratedRegex("((?:href|src)=\")/(?!/)")]
    private static partial Regex RootRelativeUrl();

    // A responsive image's srcset lists several URLs, each with its width (/img/a.jpg/480.jpg 480w, …).
    [GeneratedRegex("(srcset=\")([^\"]*)\"")]
    private static partial Regex Srcset();
}
