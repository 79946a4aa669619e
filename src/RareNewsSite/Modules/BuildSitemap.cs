using System.Collections.Immutable;
using System.Text;
using System.Xml;
using RareNewsSite.Configuration;
using RareNewsSite.Engine;
using RareNewsSite.Publishing;
using RareNewsSite.Site;

namespace RareNewsSite.Modules;

/// <summary>
/// Writes <c>sitemap.xml</c> (every indexable page; <c>lastmod</c> from <c>updated</c> or <c>date</c> on
/// articles) and <c>robots.txt</c> pointing to it. Runs in the Output phase, when every page is known.
/// </summary>
internal sealed class BuildSitemap : IModule
{
    private static readonly string[] Indexable = ["home", "article", "author", "disease", "tag", "page", "index", "reviewer", "corrections"];

    /// <inheritdoc />
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context, CancellationToken cancellationToken)
    {
        var links = context.Input<LinkBuilder>();
        var robots = new Document { Destination = "robots.txt", Content = "User-agent: *\nAllow: /\n" };
        if (!context.Input<SiteSettings>().GenerateSitemap || !links.HasHost)
        {
            return Task.FromResult(inputs.Add(robots));
        }
        var kinds = context.RenderedValues(Keys.PageKind);
        var modified = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        foreach (var (destination, value) in context.RenderedValues(Keys.LastModified))
        {
            if (destination is not null && value is DateTimeOffset date)
            {
                modified.TryAdd(destination, date);
            }
        }
        var indexable = new List<(string? Destination, DateTimeOffset? LastModified)>();
        foreach (var (destination, value) in kinds)
        {
            if (destination is not null && value is string kind && Indexable.Contains(kind))
            {
                indexable.Add((destination, modified.TryGetValue(destination, out var date) ? date : null));
            }
        }
        return Task.FromResult(inputs.AddRange(ImmutableArray.Create(
        [
            new Document { Destination = "sitemap.xml", Content = Sitemap(indexable, links) },
            robots with { Content = robots.Content + $"Sitemap: {links.Absolute("/sitemap.xml")}\n" },
        ])));
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


}
