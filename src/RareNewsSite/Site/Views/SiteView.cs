using RareNewsSite.Engine;
namespace RareNewsSite.Site.Views;

/// <summary>Site-wide values every template sees as <c>site</c>.</summary>
public sealed record SiteView(string Title, string Description, string Language, string HomeUrl, ValueArray<LinkView> Navigation, ValueArray<LinkView> FooterLinks, bool ShowDrafts)
{
    /// <summary>The search page's link, or null when the site has no search (<c>GenerateSearchIndex</c> off).</summary>
    public string? SearchUrl { get; init; }

    /// <summary>The logo's link (<c>Logo</c> setting), or null.</summary>
    public string? LogoUrl { get; init; }

    /// <summary>
    /// The editorial policy's link (<c>EditorialPolicy</c> setting), which every article shows; null when it names a page
    /// the site does not have (the build warns, RN0531) so no article links to a missing page.
    /// </summary>
    public string? EditorialPolicyUrl { get; init; }

    /// <summary>The favicon's link (<c>Favicon</c> setting), or null.</summary>
    public string? FaviconUrl { get; init; }
}
