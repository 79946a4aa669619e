using RareNewsSite.Content;

namespace RareNewsSite.Site;

/// <summary>Where the <c>EditorialPolicy</c> setting points: one of the site's pages, or a page elsewhere.</summary>
internal static class EditorialPolicy
{
    /// <summary>True when the setting is an address on another site, which the build cannot check.</summary>
    public static bool IsExternal(string setting) =>
        setting.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || setting.StartsWith("http://", StringComparison.OrdinalIgnoreCase);

    /// <summary>The site path the setting names, with its trailing slash (<c>/editorial-policy</c> and <c>/editorial-policy/</c> are one page).</summary>
    public static string SitePath(string setting) => setting.EndsWith('/') ? setting : setting + "/";

    /// <summary>
    /// The page of <paramref name="pages"/> the setting names, or null when it names none (or is empty, or is external).
    /// </summary>
    public static StaticPage? PageOf(string setting, IEnumerable<StaticPage> pages) =>
        setting.StartsWith('/') ? pages.FirstOrDefault(p => p.UrlPath == SitePath(setting)) : null;

    /// <summary>The link every article shows, or null when there is nothing to link to.</summary>
    public static string? Link(string setting, IEnumerable<StaticPage> pages, LinkBuilder links) =>
        IsExternal(setting) ? setting : PageOf(setting, pages) is { } page ? links.To(page.UrlPath) : null;
}
