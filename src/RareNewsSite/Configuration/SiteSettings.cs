using System.ComponentModel;
using RareNewsSite.Diagnostics;

namespace RareNewsSite.Configuration;

/// <summary>
/// Everything <c>statiq.json</c> can set, with defaults. Names follow Statiq where Statiq has the concept.
/// Setters rather than <c>init</c>: the JSON source generator passes missing init-only properties as
/// default(T), which would wipe these defaults. Each setting's meaning is its [Description], which the JSON Schema
/// for editors (<c>rarenews schema</c>) shows on hover, so it is written once, there.
/// </summary>
#pragma warning disable CS1591 // The settings are described by their [Description] attributes.
public sealed record SiteSettings
{
    [Description("The site's name, in the header, titles and feeds.")]
    public string SiteTitle { get; set; } = "RareNewsSite";

    [Description("One sentence about the site, for the home page's meta description and feeds.")]
    public string SiteDescription { get; set; } = "Plain-language news about rare diseases.";

    [Description("The host name the site is served from, without scheme or path (news.example.org); empty for relative links only (no feeds, sitemap or share links).")]
    public string Host { get; set; } = "";

    [Description("The path the site lives under, starting and ending with / (/ or /news/).")]
    public string LinkRoot { get; set; } = "/";

    [Description("Absolute links use https.")]
    public bool LinksUseHttps { get; set; } = true;

    [Description("The language of the content, for <html lang>.")]
    public string Language { get; set; } = "en";

    [Description("Articles per page on the home page and on disease, author and tag pages, 1 to 1000.")]
    public int PageSize { get; set; } = 10;

    [Description("Write sitemap.xml.")]
    public bool GenerateSitemap { get; set; } = true;

    [Description("Write _headers, the caching rules Netlify and Cloudflare Pages read: fingerprinted theme assets kept for a year, pages and feeds checked each time.")]
    public bool GenerateHeadersFile { get; set; } = true;

    [Description("Write a Decap CMS editor at /admin/ (index.html and config.yml, made from the content model) for editors who work in a browser.")]
    public bool GenerateCms { get; set; }

    [Description("The GitHub repository the CMS saves to, owner/name, such as \"example-org/rare-news\"; empty: the CMS can only save through decap-server on the editor's computer.")]
    public string CmsRepository { get; set; } = "";

    [Description("The branch of CmsRepository the CMS saves to; the site is published from it.")]
    public string CmsBranch { get; set; } = "main";

    [Description("The address editors log in to GitHub through when the site is not hosted on Netlify: an OAuth service for Decap CMS, such as https://auth.example.org/auth (its origin becomes Decap's base_url, its path the auth_endpoint); empty: Netlify's.")]
    public string CmsAuthUrl { get; set; } = "";

    [Description("The address of decap-server's API, which the CMS saves through instead of GitHub when /admin/ is opened on localhost or 127.0.0.1 (npx decap-server in the site's folder); empty: never.")]
    public string CmsLocalBackend { get; set; } = "http://127.0.0.1:8081/api/v1";

    [Description("Where /admin/ loads Decap CMS from: the pinned unpkg.com address (checked against its integrity hash), or a copy the site serves, such as /assets/decap/decap-cms.js (LinkRoot is added).")]
    public string CmsScript { get; set; } = DecapBundle.PinnedScript;

    [Description("Write the search index and the search page.")]
    public bool GenerateSearchIndex { get; set; } = true;

    [Description("Build as if \"now\" were this ISO 8601 date (scheduled posts, reproducible builds); empty for the real clock. --clock wins over it.")]
    public string Clock { get; set; } = "";

    [Description("Search field weights, such as \"title=10, headings=4, body=1\"; unnamed fields keep their defaults.")]
    public string SearchWeights { get; set; } = "";

    [Description("The site's logo, shown before its title in the header: a file under input/assets/, such as /assets/logo.svg.")]
    public string Logo { get; set; } = "";

    [Description("The browser tab's icon: a file under input/assets/, such as /assets/favicon.svg.")]
    public string Favicon { get; set; } = "";

    [Description("The widths, in pixels, each local photo is published at besides its own size (never wider than the file itself): a comma-separated list such as \"480, 800, 1200, 1600\".")]
    public string ImageWidths { get; set; } = "480, 800, 1200, 1600";

    [Description("Formats written next to each photo's own format, for browsers that take them: \"webp\", or \"\" for none.")]
    public string ImageFormats { get; set; } = "webp";

    [Description("The quality of the JPEG and WebP files made from photos, 1 to 100.")]
    public int ImageQuality { get; set; } = 80;

    [Description("The sizes attribute of images in article bodies: how wide the image is shown at each window width.")]
    public string ImageSizes { get; set; } = "(min-width: 55em) 53em, calc(100vw - 2rem)";

    [Description("Every local image an article shows must say who made it: image_credit for the lead image, a Credit: line in its ::: figure for one in the body (RN0545).")]
    public bool RequireImageCredit { get; set; }

    [Description("Draw a share card (headline, disease, site name) for each article without a lead photo. A first build of a large site pays a few milliseconds per article for it; later builds take the cards from the image cache.")]
    public bool DrawShareCards { get; set; } = true;

    [Description("Pass raw HTML in Markdown through instead of escaping it (trusted sites only).")]
    public bool AllowRawHtml { get; set; }

    [Description("How long after last_reviewed a page's next review is due when it names no next_review: 3y (the NHS and HSE cycle), 18m, 1y6m, 90d; empty for no default.")]
    public string ReviewInterval { get; set; } = "3y";

    [Description("Where \"Report a problem with this page\" on articles and disease pages leads: a mailto: address (the page's title and address are filled in) or an https:// form (the page's address is added as page=); empty opens the reader's mail program with the page's address and no recipient.")]
    public string FeedbackUrl { get; set; } = "";

    [Description("The editorial policy every article links to: the address of one of the site's pages (/editorial-policy/, from input/pages/editorial-policy.md) or an https:// address; empty for no link.")]
    public string EditorialPolicy { get; set; } = "/editorial-policy/";
#pragma warning restore CS1591

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
        if (EditorialPolicy.Length > 0 && !EditorialPolicy.StartsWith('/') && !EditorialPolicy.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            && !EditorialPolicy.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
        {
            yield return Invalid(path, $"'EditorialPolicy' must be the address of one of the site's pages, such as \"/editorial-policy/\", or an https:// address, not \"{EditorialPolicy}\"");
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
        foreach (var problem in CmsProblems().Concat(ImageSettings.Problems(this)))
        {
            yield return Invalid(path, problem);
        }
        if (string.IsNullOrWhiteSpace(SiteTitle))
        {
            yield return Invalid(path, "'SiteTitle' must not be empty");
        }
    }

    private IEnumerable<string> CmsProblems()
    {
        if (CmsRepository.Length > 0 && !CmsSettingPatterns.Repository().IsMatch(CmsRepository))
        {
            yield return $"'CmsRepository' is a GitHub repository written owner/name, such as \"example-org/rare-news\", not \"{CmsRepository}\"";
        }
        if (!CmsSettingPatterns.Branch().IsMatch(CmsBranch))
        {
            yield return $"'CmsBranch' must be a branch name such as \"main\", not \"{CmsBranch}\"";
        }
        if (CmsAuthUrl.Length > 0 && !(Uri.TryCreate(CmsAuthUrl, UriKind.Absolute, out var auth) && auth.Scheme == "https" && auth.Query.Length == 0 && auth.Fragment.Length == 0))
        {
            yield return $"'CmsAuthUrl' must be the https:// address of the login service, such as \"https://auth.example.org/auth\", or empty, not \"{CmsAuthUrl}\"";
        }
        if (CmsLocalBackend.Length > 0 && !IsWebAddress(CmsLocalBackend))
        {
            yield return $"'CmsLocalBackend' must be an http:// address such as \"http://127.0.0.1:8081/api/v1\", or empty, not \"{CmsLocalBackend}\"";
        }
        var siteFile = CmsScript.StartsWith('/') && !CmsScript.StartsWith("//", StringComparison.Ordinal);
        if (!siteFile && !IsWebAddress(CmsScript))
        {
            yield return $"'CmsScript' must be an https:// address or the path of a file the site publishes, such as \"/assets/decap/decap-cms.js\", not \"{CmsScript}\"";
        }
    }

    private static bool IsWebAddress(string text) => Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";

    private static Diagnostic Invalid(string path, string message) =>
        new(SourceSpan.File(path), DiagnosticSeverity.Error, DiagnosticIds.InvalidSettingValue, message);
}
