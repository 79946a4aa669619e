using System.Collections.Immutable;
using RareNewsSite.Configuration;
using RareNewsSite.Content;
using RareNewsSite.Engine;
using RareNewsSite.Markdown.Links;
using RareNewsSite.Site;

namespace RareNewsSite.Modules;

/// <summary>
/// Lists every address of the site that a link may be written as (see <see cref="SiteAddresses"/>): articles (and
/// their aliases) whether published or not, so a link to a draft gets a precise message; pages; the tags of published
/// articles; diseases; authors; and the A–Z indexes, the corrections log and the search page.
/// </summary>
internal sealed class IndexAddresses(SiteParts parts) : IModule
{
    /// <inheritdoc />
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context, CancellationToken cancellationToken)
    {
        var entries = new Dictionary<string, SiteAddress>(StringComparer.Ordinal);
        void Add(string url, string kind, string? source = null) => entries.TryAdd(url, new SiteAddress(url, kind, source));

        Add("/", "index");
        Add("/diseases/", "index");
        Add("/authors/", "index");
        Add("/tags/", "index");
        Add(BuildCorrectionsPage.SitePath, "index"); // always written, so an editorial policy can point readers at it
        if (context.Input<SiteSettings>().GenerateSearchIndex)
        {
            Add("/search/", "index");
        }
        foreach (var page in context.ValuesOf<StaticPage>(parts.Pages, Keys.Record))
        {
            Add(page.UrlPath, "page", page.Source);
        }
        // Claims, not article records: a claim stays equal when a body or title is edited, so this step is skipped then.
        foreach (var claim in context.ValuesOf<AddressClaim>(parts.Articles, AddressClaim.Key).Where(c => c is not null))
        {
            Add(claim.UrlPath, "article", claim.Source);
            foreach (var alias in claim.Aliases)
            {
                Add(alias.EndsWith('/') ? alias : alias + "/", "article", claim.Source);
            }
            foreach (var tag in claim.TagPaths)
            {
                Add(tag, "tag");
            }
        }
        foreach (var disease in context.ValuesOf<Disease>(parts.Diseases, Keys.Record))
        {
            Add(disease.UrlPath, "disease");
        }
        foreach (var author in context.ValuesOf<Author>(parts.Authors, Keys.Record))
        {
            Add(author.UrlPath, "author");
        }
        var sorted = entries.Values.OrderBy(e => e.Url, StringComparer.Ordinal).ToImmutableArray();
        var index = new Document { Source = SiteAddresses.DocumentSource }.With(SiteAddresses.Key, new SiteAddresses(new ValueArray<SiteAddress>(sorted)));
        return Task.FromResult(ImmutableArray.Create(index));
    }
}
