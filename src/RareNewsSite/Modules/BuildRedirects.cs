using System.Collections.Immutable;
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
public sealed class BuildRedirects : IModule
{
    /// <inheritdoc />
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context, CancellationToken cancellationToken)
    {
        var links = context.Input<LinkBuilder>();
        var language = context.Input<Configuration.SiteSettings>().Language;
        var redirects = inputs.Select(doc => doc.GetOrDefault<object>(Keys.Record)).OfType<Article>()
            .SelectMany(article => article.Aliases.Select(alias => new Document
            {
                Destination = PageModels.DestinationOf(alias),
                Content = Html(WebUtility.HtmlEncode(article.Title), WebUtility.HtmlEncode(links.Absolute(article.UrlPath)), WebUtility.HtmlEncode(links.To(article.UrlPath)), language),
            }.With(Keys.PageKind, "redirect")));
        return Task.FromResult(inputs.AddRange(redirects));
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
