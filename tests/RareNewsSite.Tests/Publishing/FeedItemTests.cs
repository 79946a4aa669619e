using RareNewsSite.Publishing;
using RareNewsSite.Site.Views;
using Shouldly;
using Xunit;

namespace RareNewsSite.Tests.Publishing;

public sealed class FeedItemTests
{
    [Theory]
    // Links and images within the site get the origin; addresses naming a host, or none, stay as they are.
    [InlineData("<p><a href=\"/articles/a/\">A</a> <a href=\"//cdn.example.net/x\">x</a> <a href=\"https://other.org/\">o</a> <a href=\"#top\">t</a></p>",
        "<p><a href=\"https://news.example.org/articles/a/\">A</a> <a href=\"//cdn.example.net/x\">x</a> <a href=\"https://other.org/\">o</a> <a href=\"#top\">t</a></p>")]
    // Each site-relative candidate of a responsive image, and its src.
    [InlineData("<img src=\"/assets/p.png\" srcset=\"/img/p.png/480.png 480w, https://cdn.example.net/p.png 700w, /assets/p.png 900w\" alt=\"P\">",
        "<img src=\"https://news.example.org/assets/p.png\" srcset=\"https://news.example.org/img/p.png/480.png 480w, https://cdn.example.net/p.png 700w, https://news.example.org/assets/p.png 900w\" alt=\"P\">")]
    // Text that only looks like an attribute is escaped in a body, and a srcset without its closing quote is left alone.
    [InlineData("<p>Write href=&quot;/x&quot; as text.</p><img srcset=\"/a.png 1w", "<p>Write href=&quot;/x&quot; as text.</p><img srcset=\"/a.png 1w")]
    [InlineData("<p>No links.</p>", "<p>No links.</p>")]
    // Any attribute whose name ends so is taken, as a data-src of a lazy image; a srcset of one candidate, or none.
    [InlineData("<img data-src=\"/a.png\" srcset=\"/b.png\"><img srcset=\"\"><a href=\"/\">h</a>",
        "<img data-src=\"https://news.example.org/a.png\" srcset=\"https://news.example.org/b.png\"><img srcset=\"\"><a href=\"https://news.example.org/\">h</a>")]
    // A srcset whose candidates are not all separated by ", " keeps the others whole, and a value may end the text.
    [InlineData("<img srcset=\"//cdn/a.png 1x,/b.png 2x, /c.png 3x\"><a href=\"/", "<img srcset=\"//cdn/a.png 1x,/b.png 2x, https://news.example.org/c.png 3x\"><a href=\"https://news.example.org/")]
    public void Should_Make_Site_Relative_Addresses_Absolute(string body, string expected)
    {
        // Given an article's body on a site at https://news.example.org
        var item = new FeedItem(null!, "https://news.example.org/articles/a/", RawHtml.Compact(body), "https://news.example.org", []);

        // When a feed takes its content, as text or as UTF-8 (from a body kept either way); Then
        item.ContentHtml().ShouldBe(expected);
        System.Text.Encoding.UTF8.GetString(item.ContentUtf8()).ShouldBe(expected);
        (item with { Body = new RawHtml(body) }).ContentHtml().ShouldBe(expected);
    }
}
