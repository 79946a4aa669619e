using RareNewsSite.Diagnostics;

namespace RareNewsSite.Configuration;

/// <summary>
/// Everything <c>statiq.json</c> can set, with defaults. Names follow Statiq where Statiq has the concept.
/// Setters rather than <c>init</c>: the JSON source generator passes missing init-only properties as
/// default(T), which would wipe these defaults.
/// </summary>
public sealed record SiteSettings
{
    /// <summary>The site's name, in the header, titles and feeds.</summary>
    public string SiteTitle { get; set; } = "RareNewsSite";

    /// <summary>One sentence about the site, for the home page's meta description and feeds.</summary>
    public string SiteDescription { get; set; } = "Plain-language news about rare diseases.";

    /// <summary>The host name the site is served from (<c>news.example.org</c>); empty for relative links only.</summary>
    public string Host { get; set; } = "";

    /// <summary>The path the site lives under (<c>/</c> or <c>/news/</c>).</summary>
    public string LinkRoot { get; set; } = "/";

    /// <summary>Absolute links use https.</summary>
    public bool LinksUseHttps { get; set; } = true;

    /// <summary>The language of the content, for <c>&lt;html lang&gt;</c>.</summary>
    public string Language { get; set; } = "en";

    /// <summary>Articles per page on the home page and on disease, author and tag pages.</summary>
    public int PageSize { get; set; } = 10;

    /// <summary>Write <c>sitemap.xml</c>.</summary>
    public bool GenerateSitemap { get; set; } = true;

    /// <summary>Write the search index and the search page.</summary>
    public bool GenerateSearchIndex { get; set; } = true;

    /// <summary>
    /// Build as if "now" were this ISO 8601 date (scheduled posts, reproducible builds); empty for the real
    /// clock. <c>--clock</c> wins over it.
    /// </summary>
    public string Clock { get; set; } = "";
    /// <summary>Search field weights, such as <c>"title=10, headings=4, body=1"</c>; unnamed fields keep their defaults.</summary>
    public string SearchWeights { get; set; } = "";

    /// <summary>The site's logo, shown before its title in the header: a file under <c>input/assets/</c>, such as <c>/assets/logo.svg</c>.</summary>
    public string Logo { get; set; } = "";

    /// <summary>The browser tab's icon: a file under <c>input/assets/</c>, such as <c>/assets/favicon.svg</c>.</summary>
    public string Favicon { get; set; } = "";

    /// <summary>
    /// The widths, in pixels, each local photo is published at besides its own size (never wider than the file itself):
    /// a comma-separated list such as <c>"480, 800, 1200, 1600"</c>.
    /// </summary>
    public string ImageWidths { get; set; } = "480, 800, 1200, 1600";

    /// <summary>Formats written next to each photo's own format, for browsers that take them: <c>"webp"</c>, or <c>""</c> for none.</summary>
    public string ImageFormats { get; set; } = "webp";

    /// <summary>The quality of the JPEG and WebP files made from photos, 1–100.</summary>
    public int ImageQuality { get; set; } = 80;

    /// <summary>The <c>sizes</c> attribute of images in article bodies: how wide the image is shown at each window width.</summary>
    public string ImageSizes { get; set; } = "(min-width: 42em) 40em, 100vw";

    /// <summary>
    /// Every local image an article shows must say who made it: <c>image_credit</c> for the lead image, a <c>Credit:</c>
    /// line in its <c>::: figure</c> for one in the body (RN0545).
    /// </summary>
    public bool RequireImageCredit { get; set; }

    /// <summary>
    /// Draw a share card (headline, disease, site name) for each article without a lead photo. A first build of a large
    /// site pays a few milliseconds per article for it; later builds take the cards from the image cache.
    /// </summary>
    public bool DrawShareCards { get; set; } = true;

    /// <summary>Pass raw HTML in Markdown through instead of escaping it (trusted sites only).</summary>
    public bool AllowRawHtml { get; set; }

    /// <summary>
    /// How long after <c>last_reviewed</c> a page's next review is due when it names no <c>next_review</c>: <c>3y</c>
    /// (the NHS and HSE cycle), <c>18m</c>, <c>1y6m</c>, <c>90d</c>; empty for no default.
    /// </summary>
    public string ReviewInterval { get; set; } = "3y";

    /// <summary>
    /// Where "Report a problem with this page" on articles and disease pages leads: a <c>mailto:</c> address (the page's
    /// title and address are filled in) or an https:// form (the page's address is added as <c>page=</c>); empty opens
    /// the reader's mail program with the page's address and no recipient.
    /// </summary>
    public string FeedbackUrl { get; set; } = "";

    /// <summary>The parsed <see cref="ReviewInterval"/> (none when it does not parse; <see cref="Validate"/> reports that).</summary>
    public Content.Trust.ReviewInterval ReviewIntervalSpan() => Content.Trust.ReviewInterval.Parse(ReviewInterval) ?? Content.Trust.ReviewInterval.None;

    /// <summary>Checks values that JSON typing cannot.</summary>
    public IEnumerable<Diagnostic> Validate(string path)
    {
        if (PageSize is < 1 or > 1000)
        {
            yield return Invalid(path, $"'PageSize' must be between 1 and 1000, not {PageSize}");
        }
        if (!LinkRoot.StartsWith('/'))
        {
            yield return Invalid(path, $"'LinkRoot' must start with '/' (\"{LinkRoot}\")");
        }
        if (Host.Contains('/', StringComparison.Ordinal) || Host.Contains(':', StringComparison.Ordinal) && !Host.Contains('.', StringComparison.Ordinal))
        {
            yield return Invalid(path, $"'Host' is a host name such as \"news.example.org\", without scheme or path (\"{Host}\")");
        }
        if (Clock.Length > 0 && !DateTimeOffset.TryParse(Clock, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out _))
        {
            yield return Invalid(path, $"'Clock' must be an ISO 8601 date such as \"2026-11-26\", not \"{Clock}\"");
        }
        if (Search.SearchWeights.Parse(SearchWeights, out var weightsError) is null)
        {
            yield return Invalid(path, weightsError!);
        }
        if (FeedbackUrl.Length > 0 && !(FeedbackUrl.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)
            || FeedbackUrl.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || FeedbackUrl.StartsWith("http://", StringComparison.OrdinalIgnoreCase)))
        {
            yield return Invalid(path, $"'FeedbackUrl' must be a mailto: address or an https:// address, not \"{FeedbackUrl}\"");
        }
        if (Content.Trust.ReviewInterval.Parse(ReviewInterval) is null)
        {
            yield return Invalid(path, $"'ReviewInterval' must be a span such as \"3y\", \"18m\", \"1y6m\" or \"90d\", not \"{ReviewInterval}\"");
        }
        foreach (var (key, value) in new[] { ("Logo", Logo), ("Favicon", Favicon) })
        {
            if (value.Length > 0 && (!value.StartsWith("/assets/", StringComparison.Ordinal) || value.Contains("..", StringComparison.Ordinal)))
            {
                yield return Invalid(path, $"'{key}' is the path of a file in input/assets/, such as \"/assets/{key.ToLowerInvariant()}.svg\", not \"{value}\"");
            }
        }
        foreach (var problem in ImageSettings.Problems(this))
        {
            yield return Invalid(path, problem);
        }
        if (string.IsNullOrWhiteSpace(SiteTitle))
        {
            yield return Invalid(path, "'SiteTitle' must not be empty");
        }
    }

    private static Diagnostic Invalid(string path, string message) =>
        new(SourceSpan.File(path), DiagnosticSeverity.Error, DiagnosticIds.InvalidSettingValue, message);
}
