using RareNewsSite.Engine;
using RareNewsSite.Templates;

namespace RareNewsSite.Site.Views;

/// <summary>What every page has: its title, description, links, kind and sharing metadata.</summary>
public sealed record PageView(string Title, string Description, string Url, string Canonical, string Kind)
{
    /// <summary>Ask search engines not to index (404, redirects).</summary>
    public bool NoIndex { get; init; }

    /// <summary>Open Graph type: <c>article</c> for articles, <c>profile</c> for authors, else <c>website</c>.</summary>
    public string OgType { get; init; } = "website";

    /// <summary>An absolute image URL for sharing cards, or null.</summary>
    public string? Image { get; init; }

    /// <summary>The image's alt text, for <c>og:image:alt</c>.</summary>
    public string? ImageAlt { get; init; }

    /// <summary>The image's width in pixels, when known (share cards: 1200).</summary>
    public int? ImageWidth { get; init; }

    /// <summary>The image's height in pixels, when known (share cards: 630).</summary>
    public int? ImageHeight { get; init; }

    /// <summary>The schema.org JSON-LD, already serialised so no user text can close its script element.</summary>
    public RawHtml JsonLd { get; init; } = RawHtml.Empty;

    /// <summary>Feeds to announce in <c>&lt;head&gt;</c>: the site's, plus the disease's on a disease page.</summary>
    public ValueArray<FeedLink> Feeds { get; init; } = [];

    /// <summary>The previous page of a paginated list, for <c>rel="prev"</c>.</summary>
    public string? PreviousUrl { get; init; }

    /// <summary>"Report a problem with this page": the <c>FeedbackUrl</c> setting with this page's address filled in.</summary>
    public string FeedbackUrl { get; init; } = "";

    /// <summary>The next page of a paginated list, for <c>rel="next"</c>.</summary>
    public string? NextUrl { get; init; }
}
