using System.Collections.Immutable;
using System.Net;
using System.Runtime.InteropServices;
using RareNewsSite.Content;
using RareNewsSite.Engine;
using RareNewsSite.Incremental;
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
        var links = context.Services.Links;
        // In preview the redirects of the very page document at the same position as last time are the same documents.
        var memo = context.Memory?.Get<LastMade<Made>>();
        var last = memo?.Value;
        var pages = ImmutableCollectionsMarshal.AsArray(inputs)!;
        var redirects = new ImmutableArray<Document>[pages.Length];
        for (var i = 0; i < pages.Length; i++)
        {
            redirects[i] = StepRuns.SameAt(last?.Pages, pages, i) ? last!.Redirects[i] : For(pages[i], links, context.Settings.Language);
        }
        if (memo is not null)
        {
            memo.Value = new Made(pages, redirects);
        }
        var all = ImmutableArray.CreateBuilder<Document>(inputs.Length + redirects.Sum(r => r.Length));
        all.AddRange(inputs);
        foreach (var made in redirects)
        {
            all.AddRange(made);
        }
        return Task.FromResult(all.MoveToImmutable());
    }

    private static ImmutableArray<Document> For(Document page, LinkBuilder links, string language)
    {
        if (page.GetOrDefault<object>(Keys.Record) is not Article article)
        {
            return [];
        }
        return [.. article.Aliases.Select(alias => new Document
        {
            Destination = PageModels.DestinationOf(alias),
            Content = Html(WebUtility.HtmlEncode(article.Title), WebUtility.HtmlEncode(links.Absolute(article.UrlPath)), WebUtility.HtmlEncode(links.To(article.UrlPath)), language),
            Dependencies = Document.DependencySet([article.Source]),
        }.With(Keys.PageKind, "redirect"))];
    }

    /// <summary>The redirects made from each page in the last build of a preview session.</summary>
    private sealed record Made(Document[] Pages, ImmutableArray<Document>[] Redirects);

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
