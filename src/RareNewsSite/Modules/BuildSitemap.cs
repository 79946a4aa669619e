using System.Collections.Immutable;
using System.Runtime.InteropServices;
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
        // In preview the sitemap (and robots.txt) are handed on while every page is the very document of the last
        // build or one with the same address, kind and date at its position.
        var memo = context.Memory?.Get<LastMade<Made>>();
        if (memo?.Value is { } last && last.Describes(context.Rendered))
        {
            return Task.FromResult(inputs.AddRange(last.Documents));
        }
        var indexable = context.Rendered.Values.SelectMany(d => d)
            .Where(d => d.Destination is not null && Indexable.Contains(d.GetOrDefault<string>(Keys.PageKind)))
            .Select(d => (d.Destination, LastModified: LastModified(d)))
            .ToList();
        var content = Sitemap(indexable, links);
        var sitemapUrl = links.Absolute("/sitemap.xml");
        ImmutableArray<Document> documents =
        [
            new Document { Destination = "sitemap.xml", Content = content },
            robots with { Content = robots.Content + $"Sitemap: {sitemapUrl}\n" },
        ];
        if (memo is not null)
        {
            memo.Value = new Made(context.Rendered.ToDictionary(p => p.Key, p => ImmutableCollectionsMarshal.AsArray(p.Value)!, StringComparer.Ordinal), documents);
        }
        return Task.FromResult(inputs.AddRange(documents));
    }

    /// <summary>The last sitemap made in a preview session, with the pages it was made from.</summary>
    private sealed record Made(Dictionary<string, Document[]> Pages, ImmutableArray<Document> Documents)
    {
        // Position by position: the same document, or one the sitemap shows the same way (or not at all).
        public bool Describes(IReadOnlyDictionary<string, ImmutableArray<Document>> rendered)
        {
            if (rendered.Count != Pages.Count)
            {
                return false;
            }
            foreach (var (pipeline, docs) in rendered)
            {
                if (!Pages.TryGetValue(pipeline, out var before) || before.Length != docs.Length)
                {
                    return false;
                }
                for (var i = 0; i < docs.Length; i++)
                {
                    if (!ReferenceEquals(before[i], docs[i]) && Entry(before[i]) != Entry(docs[i]))
                    {
                        return false;
                    }
                }
            }
            return true;
        }

        private static (string?, DateTimeOffset?) Entry(Document page) =>
            page.Destination is not null && Indexable.Contains(page.GetOrDefault<string>(Keys.PageKind)) ? (page.Destination, LastModified(page)) : (null, null);
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
