using System.Net;
using RareNewsSite.Content;
using RareNewsSite.Engine;
using RareNewsSite.Layout;
using RareNewsSite.Site;

namespace RareNewsSite.Modules;

/// <summary>
/// Writes a page at each alias that sends readers (meta refresh) and search engines (canonical link) to the
/// article, so old URLs keep working on any static host without rewrite rules.
/// </summary>
internal sealed class BuildRedirects : IExpandingModule
{
    /// <inheritdoc />
    public IEnumerable<Document> Execute(Document doc, BuildContext context)
    {
        yield return doc;
        if (doc.GetOrDefault<object>(Keys.Record) is not Article article)
        {
            yield break;
        }
        var links = context.Input<LinkBuilder>();
        var language = context.Input<Configuration.SiteSettings>().Language;
        foreach (var alias in article.Aliases)
        {
            yield return new Document
            {
                Destination = PageModels.DestinationOf(alias),
                Content = Html(WebUtility.HtmlEncode(article.Title), WebUtility.HtmlEncode(links.Absolute(article.UrlPath)), WebUtility.HtmlEncode(links.To(article.UrlPath)), language),
            }.With(Keys.PageKind, "redirect");
        }
    }

    private static string Html(string title, string canonical, string link, string language) => $"""
        <!doctype html>
        <html lang="{language}">
        <head>
        <meta charset="utf-8">
        <title>{title}</title>
        <link rel="canonical" href="{canonical}">
        <meta name="robots" content="noindex">
        <meta http-equiv="refresh" content="0; url={link}">
        </head>
        <body>
        <p>This page has moved to <a href="{link}">{title}</a>.</p>
        </body>
        </html>

        """;
}
