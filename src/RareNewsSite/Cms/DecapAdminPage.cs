using System.Net;
using RareNewsSite.Configuration;
using RareNewsSite.Site;

namespace RareNewsSite.Cms;

/// <summary>
/// <c>/admin/index.html</c>: the page editors open to work in Decap CMS. It names its configuration explicitly, so
/// <c>/admin</c> without the slash and a site under a <c>LinkRoot</c> find it too, and is kept out of search engines.
/// </summary>
internal static class DecapAdminPage
{
    /// <summary>The folder under the output root the admin page and its configuration are written to.</summary>
    public const string Folder = "admin";

    /// <summary>The page's HTML; the site title and addresses are escaped.</summary>
    public static string Write(SiteSettings settings, LinkBuilder links)
    {
        var script = ScriptAddress(settings.CmsScript, links);
        // The pinned CDN copy is checked against its hash; a copy the site serves itself is trusted as the site is.
        var integrity = settings.CmsScript == DecapBundle.PinnedScript
            ? $" integrity=\"{DecapBundle.PinnedIntegrity}\" crossorigin=\"anonymous\""
            : "";
        return $"""
            <!DOCTYPE html>
            <html lang="{Html(settings.Language)}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="robots" content="noindex">
            <title>Editor · {Html(settings.SiteTitle)}</title>
            <link href="{Html(links.To($"/{Folder}/config.yml"))}" type="text/yaml" rel="cms-config-url">
            </head>
            <body>
            <noscript>The editor needs JavaScript. Without it, edit the Markdown files in input/ and run rarenews check.</noscript>
            <script src="{Html(script)}"{integrity}></script>
            </body>
            </html>

            """.ReplaceLineEndings("\n");
    }

    /// <summary>A site path (<c>/assets/decap/decap-cms.js</c>) gets the <c>LinkRoot</c>; a full address is kept.</summary>
    private static string ScriptAddress(string script, LinkBuilder links) =>
        script.StartsWith('/') ? links.To(script) : script;

    private static string Html(string text) => WebUtility.HtmlEncode(text);
}
