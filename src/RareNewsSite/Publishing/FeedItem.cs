using System.Text;
using RareNewsSite.Engine;
using RareNewsSite.Site.Views;

namespace RareNewsSite.Publishing;

/// <summary>
/// One article as feeds show it: its card, absolute link, body, and authors with absolute links. The content with absolute
/// links is made when a feed is written rather than kept: only the newest articles are in any feed, and a second copy of
/// every body would be held by the build until the end.
/// </summary>
internal sealed record FeedItem(ArticleCard Article, string AbsoluteUrl, RawHtml Body, string Origin, ValueArray<(string Name, string Url)> Authors)
{
    /// <summary>
    /// The body with site-relative links made absolute, as feed readers show content away from the site: every
    /// <c>href="/…</c> and <c>src="/…</c> (not <c>"//…</c>), and each such candidate of a <c>srcset</c>. One pass over
    /// the text: an article is in a dozen feeds at once, and two regular-expression passes per feed were a third of
    /// writing them.
    /// </summary>
    public string ContentHtml()
    {
        var html = Body.Html;
        StringBuilder? rewritten = null;
        var copied = 0;
        for (var at = html.IndexOf("=\"", StringComparison.Ordinal); at >= 0; at = html.IndexOf("=\"", at, StringComparison.Ordinal))
        {
            var name = html.AsSpan(0, at);
            var value = at + 2;
            if (name.EndsWith("srcset", StringComparison.Ordinal))
            {
                // A responsive image lists several URLs, each with its width: "/img/a.jpg/480.jpg 480w, /img/a.jpg/900.jpg 900w".
                var end = html.IndexOf('"', value);
                if (end < 0)
                {
                    break;
                }
                for (var candidate = value; candidate >= 0 && candidate < end; candidate = NextCandidate(html, candidate, end))
                {
                    if (IsSiteRelative(html, candidate))
                    {
                        (rewritten ??= new StringBuilder(html.Length + 256)).Append(html, copied, candidate - copied).Append(Origin);
                        copied = candidate;
                    }
                }
                at = end + 1;
            }
            else
            {
                if ((name.EndsWith("href", StringComparison.Ordinal) || name.EndsWith("src", StringComparison.Ordinal)) && IsSiteRelative(html, value))
                {
                    (rewritten ??= new StringBuilder(html.Length + 256)).Append(html, copied, value - copied).Append(Origin);
                    copied = value;
                }
                at = value;
            }
        }
        return rewritten is null ? html : rewritten.Append(html, copied, html.Length - copied).ToString();
    }

    // "/path", not "//host/path".
    private static bool IsSiteRelative(string html, int at) =>
        at < html.Length && html[at] == '/' && (at + 1 == html.Length || html[at + 1] != '/');

    // Where the srcset candidate after the one at `candidate` starts (after ", "), or -1.
    private static int NextCandidate(string html, int candidate, int end)
    {
        var comma = html.IndexOf(", ", candidate, end - candidate, StringComparison.Ordinal);
        return comma < 0 ? -1 : comma + 2;
    }
}
