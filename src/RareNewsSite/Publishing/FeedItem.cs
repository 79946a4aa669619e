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
    // The content of the calling thread's last call: a feed copies it into its file before it asks for the next.
    [ThreadStatic]
    private static byte[]? _content;

    /// <summary>The body with site-relative links made absolute (see <see cref="ContentUtf8"/>), as text.</summary>
    public string ContentHtml() => Encoding.UTF8.GetString(ContentUtf8());

    /// <summary>
    /// The body with site-relative links made absolute, as feed readers show content away from the site: every
    /// <c>href="/…</c> and <c>src="/…</c> (not <c>"//…</c>), and each such candidate of a <c>srcset</c>. Made in UTF-8,
    /// the form the body is kept in and the feeds are written in, in one pass over it: an article is in a dozen feeds at
    /// once, and decoding it and running two regular expressions over it for each was a third of writing them. Valid until
    /// the calling thread's next call.
    /// </summary>
    public ReadOnlySpan<byte> ContentUtf8()
    {
        ReadOnlySpan<byte> html = Body.Utf8 ?? Encoding.UTF8.GetBytes(Body.Html);
        var origin = Encoding.UTF8.GetBytes(Origin);
        var buffer = _content ??= new byte[64 << 10];
        var (written, copied) = (0, 0);
        for (var at = html.IndexOf("=\""u8); at >= 0; at = Next(html, at))
        {
            var name = html[..at];
            var value = at + 2;
            if (name.EndsWith("srcset"u8))
            {
                // A responsive image lists several URLs, each with its width: "/img/a.jpg/480.jpg 480w, /img/a.jpg/900.jpg 900w".
                var end = html[value..].IndexOf((byte)'"');
                if (end < 0)
                {
                    break;
                }
                end += value;
                for (var candidate = value; candidate >= 0 && candidate < end; candidate = NextCandidate(html, candidate, end))
                {
                    if (IsSiteRelative(html, candidate))
                    {
                        CopyWithOrigin(html, origin, candidate, ref buffer, ref written, ref copied);
                    }
                }
                at = end;
            }
            else if ((name.EndsWith("href"u8) || name.EndsWith("src"u8)) && IsSiteRelative(html, value))
            {
                CopyWithOrigin(html, origin, value, ref buffer, ref written, ref copied);
            }
        }
        if (copied == 0 && Body.Utf8 is { } unchanged)
        {
            return unchanged;
        }
        if (buffer.Length - written < html.Length - copied)
        {
            Array.Resize(ref buffer, written + html.Length - copied);
        }
        html[copied..].CopyTo(buffer.AsSpan(written));
        _content = buffer;
        return buffer.AsSpan(0, written + html.Length - copied);
    }

    // Copies what follows the last copy up to `end`, then the origin, into `into` after what it holds (`written`).
    private static void CopyWithOrigin(ReadOnlySpan<byte> html, ReadOnlySpan<byte> origin, int end, ref byte[] into, ref int written, ref int copied)
    {
        var length = end - copied + origin.Length;
        if (into.Length - written < length)
        {
            Array.Resize(ref into, Math.Max(into.Length * 2, written + length + html.Length - end));
        }
        html[copied..end].CopyTo(into.AsSpan(written));
        origin.CopyTo(into.AsSpan(written + end - copied));
        written += length;
        copied = end;
    }

    // The next `="` after the one at `at` (a srcset's closing quote is never the start of one).
    private static int Next(ReadOnlySpan<byte> html, int at)
    {
        var next = html[(at + 1)..].IndexOf("=\""u8);
        return next < 0 ? -1 : next + at + 1;
    }

    // "/path", not "//host/path".
    private static bool IsSiteRelative(ReadOnlySpan<byte> html, int at) =>
        at < html.Length && html[at] == '/' && (at + 1 == html.Length || html[at + 1] != '/');

    // Where the srcset candidate after the one at `candidate` starts (after ", "), or -1.
    private static int NextCandidate(ReadOnlySpan<byte> html, int candidate, int end)
    {
        var comma = html[candidate..end].IndexOf(", "u8);
        return comma < 0 ? -1 : candidate + comma + 2;
    }
}
