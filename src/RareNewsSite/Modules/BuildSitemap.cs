using System.Collections.Immutable;
using System.Text;
using System.Xml;
using RareNewsSite.Engine;
using RareNewsSite.Incremental;
using RareNewsSite.Publishing;
using RareNewsSite.Site;
using RareNewsSite.Site.Views;
using Scriban.Runtime;

namespace RareNewsSite.Modules;

/// <summary>
/// Writes <c>sitemap.xml</c> (every indexable page; <c>lastmod</c> from <c>updated</c> or <c>date</c> on
/// articles) and <c>robots.txt</c> pointing to it. Runs in the Output phase, when every page is known.
/// </summary>
public sealed class BuildSitemap : IModule
{
    private static readonly string[] Indexable = ["home", "article", "author", "disease", "tag", "page", "index"];

    /// <inheritdoc />
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context, CancellationToken cancellationToken)
    {
        var links = context.Services.Links;
        var robots = new Document { Destination = "robots.txt", Content = "User-agent: *\nAllow: /\n" };
        if (!context.Settings.GenerateSitemap || !Feeds.Enabled(context))
        {
            return Task.FromResult(inputs.Add(robots));
        }
        var indexable = context.Rendered.Values.SelectMany(d => d)
            .Where(d => d.Destination is not null && Indexable.Contains(d.GetOrDefault<string>(Keys.PageKind)))
            .Select(d => (d.Destination, LastModified: LastModified(d)))
            .ToList();
        // In preview the sitemap is written again only when a page came or went or an article's date changed.
        var content = LatestValues.GetOrCompute(context.Memory, "sitemap",
            () => indexable.Aggregate(new ValueHasher(), (hasher, p) => hasher.Add(p.Destination).Add(p.LastModified)).Key("sitemap"),
            () => Sitemap(indexable, links));
        var sitemapUrl = links.Absolute("/sitemap.xml");
        return Task.FromResult(inputs
            .Add(new Document { Destination = "sitemap.xml", Content = content })
            .Add(robots with { Content = robots.Content + $"Sitemap: {sitemapUrl}\n" }));
    }

    private static string Sitemap(List<(string? Destination, DateTimeOffset? LastModified)> indexable, LinkBuilder links)
    {
        var pages = indexable
            .Select(d => (Url: links.Origin + links.To("/" + d.Destination![..^"index.html".Length]), d.LastModified))
            .OrderBy(p => p.Url, StringComparer.Ordinal)
            .ToList();
        var builder = new StringBuilder();
        var settings = new XmlWriterSettings { Indent = true, NewLineChars = "\n", Encoding = new UTF8Encoding(false) };
        using (var xml = XmlWriter.Create(new Utf8StringWriter(builder), settings))
        {
            const string ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
            xml.WriteStartElement("urlset", ns);
            foreach (var (url, lastModified) in pages)
            {
                xml.WriteStartElement("url", ns);
                xml.WriteElementString("loc", ns, url);
                if (lastModified is { } date)
                {
                    xml.WriteElementString("lastmod", ns, JsonLd.Date(date));
                }
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        return builder.Append('\n').ToString();
    }


    private static DateTimeOffset? LastModified(Document page) =>
        page.GetOrDefault<string>(Keys.PageKind) == "article" && page.GetOrDefault<ArticleView>(Keys.View) is { } article ? article.Updated ?? article.Date : null;
}
