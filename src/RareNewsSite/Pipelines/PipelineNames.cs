namespace RareNewsSite.Pipelines;

/// <summary>The names pipelines use to depend on each other.</summary>
public static class PipelineNames
{
    /// <summary>Articles.</summary>
    public const string Content = nameof(Content);
    /// <summary>Author records and pages.</summary>
    public const string Authors = nameof(Authors);
    /// <summary>Disease records and pages.</summary>
    public const string Diseases = nameof(Diseases);
    /// <summary>Static pages.</summary>
    public const string Pages = nameof(Pages);
    /// <summary>Home, tag and A–Z pages, 404.</summary>
    public const string Archives = nameof(Archives);
    /// <summary>Site and disease feeds.</summary>
    public const string Feeds = nameof(Feeds);
    /// <summary>Sitemap and robots.txt.</summary>
    public const string Sitemap = nameof(Sitemap);
    /// <summary>The search index and page.</summary>
    public const string SearchIndex = nameof(SearchIndex);
    /// <summary>Theme assets.</summary>
    public const string Assets = nameof(Assets);
    /// <summary>Editors' files under input/assets/.</summary>
    public const string ContentAssets = nameof(ContentAssets);
    /// <summary>Editorial checks (heading order, readability).</summary>
    public const string Editorial = nameof(Editorial);
}
