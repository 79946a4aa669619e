using RareNewsSite.Site;

namespace RareNewsSite.Pipelines;

/// <summary>The names pipelines use to depend on each other; modules are handed the ones they read (<see cref="Parts"/>).</summary>
internal static class PipelineNames
{
    /// <summary>Every article read and parsed, with its link target.</summary>
    public const string Articles = nameof(Articles);
    /// <summary>Published articles: rendered, with views and cards, then their pages.</summary>
    public const string Content = nameof(Content);
    /// <summary>The published articles sorted and grouped, once for every list.</summary>
    public const string Lists = nameof(Lists);
    /// <summary>Each article's related articles.</summary>
    public const string Related = nameof(Related);
    /// <summary>Author records and pages.</summary>
    public const string Authors = nameof(Authors);
    /// <summary>Disease records and pages.</summary>
    public const string Diseases = nameof(Diseases);
    /// <summary>Static pages.</summary>
    public const string Pages = nameof(Pages);
    /// <summary>Home and A–Z pages, 404.</summary>
    public const string Archives = nameof(Archives);
    /// <summary>Tag pages.</summary>
    public const string Tags = nameof(Tags);
    /// <summary>Site and disease feeds.</summary>
    public const string Feeds = nameof(Feeds);
    /// <summary>The _headers file for Netlify and Cloudflare Pages.</summary>
    public const string Headers = nameof(Headers);
    /// <summary>The Decap CMS editor at /admin/.</summary>
    public const string Cms = nameof(Cms);
    /// <summary>Sitemap and robots.txt.</summary>
    public const string Sitemap = nameof(Sitemap);
    /// <summary>The search index's files.</summary>
    public const string SearchIndex = nameof(SearchIndex);
    /// <summary>The search page, which links the index by its version.</summary>
    public const string SearchPage = nameof(SearchPage);
    /// <summary>Theme assets.</summary>
    public const string Assets = nameof(Assets);
    /// <summary>Editors' files under input/assets/.</summary>
    public const string ContentAssets = nameof(ContentAssets);

    /// <summary>The theme's share card font and colours, read once.</summary>
    public const string ShareCardStyle = nameof(ShareCardStyle);
    /// <summary>Every address of the site a link may be written as.</summary>
    public const string Addresses = nameof(Addresses);
    /// <summary>Editorial checks (heading order, readability).</summary>
    public const string Editorial = nameof(Editorial);
    /// <summary>Medical reviewer records and pages.</summary>
    public const string Reviewers = nameof(Reviewers);
    /// <summary>Pages with review dates, and the overdue-review check.</summary>
    public const string Reviews = nameof(Reviews);

    /// <summary>The pipelines that make each part of the site, as modules are handed them.</summary>
    public static SiteParts Parts { get; } = new(Articles, Content, Authors, Diseases, Pages, Assets, Lists, Addresses, ContentAssets);
}
