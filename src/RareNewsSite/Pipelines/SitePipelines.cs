using RareNewsSite.Engine;
using RareNewsSite.Modules;
using static RareNewsSite.Engine.Steps;

namespace RareNewsSite.Pipelines;

/// <summary>
/// The site's pipelines; each reads like a table of contents of its steps. <c>ForEach</c> runs a module on each
/// document and <c>Cached</c> over the whole list; in a build that keeps a cache (the preview) both skip what they
/// made before from the same documents and reads (see "How incremental builds work" in the README).
/// </summary>
public static class SitePipelines
{
    /// <summary>Every pipeline of a build.</summary>
    public static IReadOnlyList<Pipeline> All() =>
        [ArticlesPipeline(), AddressesPipeline(), ReviewersPipeline(), ContentPipeline(), ListsPipeline(), RelatedPipeline(), AuthorsPipeline(), DiseasesPipeline(), PagesPipeline(), ArchivesPipeline(), TagsPipeline(),
            FeedsPipeline(), SitemapPipeline(), HeadersPipeline(), CmsPipeline(), SearchPipeline(), SearchPagePipeline(), AssetsPipeline(), ContentAssetsPipeline(), ShareCardStylePipeline(), EditorialPipeline(), ReviewsPipeline()];

    /// <summary>Every article, published or not: parsed, read and registered as a link target.</summary>
    public static Pipeline ArticlesPipeline() => new(PipelineNames.Articles)
    {
        Input = [Cached(new ListFiles("input/articles")), ForEach(new ReadText())],
        Process = [ForEach(new ParseMarkdown()), ForEach(new ReadArticles()), ForEach(new SetLinkTarget())],
        ProcessOnly = [Keys.SourceText],
        PassOnly = [Keys.MarkdownAst],
        Kept = [Keys.Record],
    };

    /// <summary>Every address a link may be written as (<c>/articles/x/</c>, <c>/tags/x/</c>, …), for links copied from the browser.</summary>
    public static Pipeline AddressesPipeline() => new(PipelineNames.Addresses)
    {
        DependsOn = [PipelineNames.Articles, PipelineNames.Authors, PipelineNames.Diseases, PipelineNames.Pages],
        Process = [Cached(new IndexAddresses(PipelineNames.Parts))],
    };

    /// <summary>
    /// Published articles: checked, links resolved, rendered, with views and cards; then their pages. The address check
    /// needs every article at once, so it comes before the text is parsed again: the steps from the parse on are one pass
    /// per document in a cold build, and a syntax tree lives only while its own article is rendered (at 10,000 articles,
    /// holding every tree across that check cost 15% of the build's time and 150 MiB of its peak).
    /// </summary>
    public static Pipeline ContentPipeline() => new(PipelineNames.Content)
    {
        DependsOn = [PipelineNames.Articles, PipelineNames.Authors, PipelineNames.Diseases, PipelineNames.Pages, PipelineNames.Addresses, PipelineNames.Reviewers, PipelineNames.ContentAssets, PipelineNames.ShareCardStyle],
        Process =
        [
            new TakeDocuments(PipelineNames.Articles), ForEach(new FilterPublished()), ForEach(new CheckReferences(PipelineNames.Parts, PipelineNames.Reviewers)),
            Cached(new CheckAddresses(PipelineNames.Parts)),
            ForEach(new ReparseMarkdown()), ForEach(new CheckTrials()), ForEach(new CheckImageCredits()), ForEach(new ResolveLinks(PipelineNames.Parts)), ForEach(new DropInvalidArticles()),
            ForEach(new CheckArticleWriting()), ForEach(new CheckEvidence()), ForEach(new RenderMarkdown(PipelineNames.ContentAssets)), ForEach(new BuildArticleViews(PipelineNames.Parts, PipelineNames.Reviewers)),
            ForEach(new BuildFeedItem()), ForEach(new MakeSearchDocument()),
        ],
        ProcessOnly = [Keys.Search],
        PassOnly = [Keys.SourceText, Keys.MarkdownAst],
        Kept = [Keys.Record, Keys.Card, Keys.FeedItem, Keys.Search],
        PostProcess = [ForEach(new BuildArticlePage(PipelineNames.Parts, PipelineNames.Related, PipelineNames.ShareCardStyle)), ForEach(new RenderLayout(PipelineNames.Parts)), ForEach(new BuildRedirects()), ForEach(new MakeShareCard(PipelineNames.ShareCardStyle))],
    };

    /// <summary>The published articles' cards sorted and grouped, once for every list.</summary>
    public static Pipeline ListsPipeline() => new(PipelineNames.Lists)
    {
        DependsOn = [PipelineNames.Content],
        Process = [Updating(new ArrangeArticles(PipelineNames.Parts))],
    };

    /// <summary>Each article's related articles, from the cards alone.</summary>
    public static Pipeline RelatedPipeline() => new(PipelineNames.Related)
    {
        DependsOn = [PipelineNames.Lists],
        Process = [Cached(new RankArticles(PipelineNames.Parts)), Cached(new FindRelated())],
        Kept = [RankArticles.Key, FindRelated.Key],
    };

    /// <summary>Authors: records with rendered bios, then a page each.</summary>
    public static Pipeline AuthorsPipeline() => new(PipelineNames.Authors)
    {
        DependsOn = [PipelineNames.ContentAssets],
        Input = [Cached(new ListFiles("input/authors")), ForEach(new ReadText())],
        Process = [ForEach(new ParseMarkdown()), ForEach(new ReadAuthors()), ForEach(new RenderMarkdown(PipelineNames.ContentAssets)), ForEach(new BuildViews(PipelineNames.ContentAssets))],
        Kept = [Keys.Record, Keys.View, Keys.LinkTarget],
        PostProcess = [ForEach(new PaginateAuthors(PipelineNames.Parts)), ForEach(new BuildListPage(PipelineNames.Parts)), ForEach(new RenderLayout(PipelineNames.Parts))],
    };

    /// <summary>Medical reviewers: records with rendered bios, then a page each listing what they reviewed.</summary>
    public static Pipeline ReviewersPipeline() => new(PipelineNames.Reviewers)
    {
        DependsOn = [PipelineNames.ContentAssets],
        Input = [Cached(new ListFiles("input/reviewers")), ForEach(new ReadText())],
        Process = [ForEach(new ParseMarkdown()), ForEach(new ReadReviewers()), ForEach(new RenderMarkdown(PipelineNames.ContentAssets)), ForEach(new BuildViews(PipelineNames.ContentAssets))],
        Kept = [Keys.Record, Keys.View, Keys.LinkTarget],
        PostProcess = [ForEach(new BuildReviewerPage(PipelineNames.Parts)), ForEach(new RenderLayout(PipelineNames.Parts))],
    };

    /// <summary>Diseases: records with rendered explainers, then a page each.</summary>
    public static Pipeline DiseasesPipeline() => new(PipelineNames.Diseases)
    {
        DependsOn = [PipelineNames.Reviewers, PipelineNames.ContentAssets],
        Input = [Cached(new ListFiles("input/diseases")), ForEach(new ReadText())],
        Process = [ForEach(new ParseMarkdown()), ForEach(new ReadDiseases()), ForEach(new RenderMarkdown(PipelineNames.ContentAssets)), ForEach(new BuildViews(PipelineNames.ContentAssets, PipelineNames.Reviewers))],
        Kept = [Keys.Record, Keys.View, Keys.LinkTarget],
        PostProcess = [ForEach(new PaginateDiseases(PipelineNames.Parts)), ForEach(new BuildListPage(PipelineNames.Parts)), ForEach(new RenderLayout(PipelineNames.Parts))],
    };

    /// <summary>Static pages: links resolve once every article is registered, so rendering waits for PostProcess.</summary>
    public static Pipeline PagesPipeline() => new(PipelineNames.Pages)
    {
        Input = [Cached(new ListFiles("input/pages")), ForEach(new ReadText())],
        Process = [ForEach(new ParseMarkdown()), ForEach(new ReadPages()), ForEach(new SetLinkTarget())],
        Kept = [Keys.Record, Keys.LinkTarget, Keys.Anchors],
        PostProcess =
        [
            ForEach(new ResolveLinks(PipelineNames.Parts)), ForEach(new RenderMarkdown(PipelineNames.ContentAssets)), ForEach(new BuildStaticPages(PipelineNames.Parts)), ForEach(new RenderLayout(PipelineNames.Parts)),
        ],
    };

    /// <summary>Each tag's pages, from its group of cards: a changed card remakes only the pages of its tags.</summary>
    public static Pipeline TagsPipeline() => new(PipelineNames.Tags)
    {
        DependsOn = [PipelineNames.Lists],
        PostProcess =
        [
            new TakeDocuments(PipelineNames.Lists, ArrangeArticles.IsTagGroup), ForEach(new PaginateTags()), ForEach(new BuildListPage(PipelineNames.Parts)),
            ForEach(new RenderLayout(PipelineNames.Parts)),
        ],
    };

    /// <summary>
    /// Generated lists: the paginated home, A–Z indexes, the 404 page and the corrections log. The whole-list steps come
    /// first, so that each page goes from its model to its file in one pass in a cold build: the preview serves the home
    /// page as soon as it is written, not once every page of the home's 1,000 is laid out.
    /// </summary>
    public static Pipeline ArchivesPipeline() => new(PipelineNames.Archives)
    {
        DependsOn = [PipelineNames.Content, PipelineNames.Authors, PipelineNames.Diseases, PipelineNames.Pages],
        PostProcess =
        [
            Cached(new PaginateHome(PipelineNames.Parts)),
            Cached(new BuildIndexPages(PipelineNames.Parts)), Cached(new BuildNotFoundPage(PipelineNames.Parts)), Cached(new BuildCorrectionsPage(PipelineNames.Parts)),
            Cached(new CheckEditorialPolicy(PipelineNames.Parts)),
            ForEach(new BuildListPage(PipelineNames.Parts)), ForEach(new RenderLayout(PipelineNames.Parts)),
        ],
    };

    /// <summary>RSS, Atom and JSON Feed for the site and for each disease.</summary>
    public static Pipeline FeedsPipeline() => new(PipelineNames.Feeds)
    {
        DependsOn = [PipelineNames.Content, PipelineNames.Diseases, PipelineNames.Pages],
        PostProcess = [Cached(new SelectFeeds(PipelineNames.Parts)), ForEach(new WriteFeed(PipelineNames.Parts))],
    };

    /// <summary><c>_headers</c> (caching rules for Netlify and Cloudflare Pages), made once every page is rendered.</summary>
    public static Pipeline HeadersPipeline() => new(PipelineNames.Headers)
    {
        Output = [Cached(new BuildHeadersFile())],
    };

    /// <summary>The Decap CMS editor at <c>/admin/</c>, from the settings and the content model (<c>GenerateCms</c>).</summary>
    public static Pipeline CmsPipeline() => new(PipelineNames.Cms)
    {
        Process = [Cached(new BuildCmsFiles())],
    };

    /// <summary><c>sitemap.xml</c> and <c>robots.txt</c>, made once every page is rendered.</summary>
    public static Pipeline SitemapPipeline() => new(PipelineNames.Sitemap)
    {
        Output = [Cached(new BuildSitemap())],
    };

    /// <summary>
    /// Search: the editors' synonyms, then the sharded index of published articles. The index needs only the processed
    /// documents of the pipelines it depends on, so it is built in Process, as soon as they are ready, alongside the
    /// light list steps, rather than in PostProcess among every pipeline's page rendering; and as this pipeline has no
    /// later steps, a cold build writes its files as soon as they are made.
    /// </summary>
    public static Pipeline SearchPipeline() => new(PipelineNames.SearchIndex)
    {
        DependsOn = [PipelineNames.Content, PipelineNames.Authors, PipelineNames.Diseases, PipelineNames.Pages],
        Input = [Cached(new ListFiles("input/data", "synonyms.yml")), ForEach(new ReadText())],
        Process = [ForEach(new ReadSynonyms()), Updating(new BuildSearchIndex(PipelineNames.Parts))],
    };

    /// <summary>The search page, linking the index by its version.</summary>
    public static Pipeline SearchPagePipeline() => new(PipelineNames.SearchPage)
    {
        DependsOn = [PipelineNames.SearchIndex],
        PostProcess = [Cached(new BuildSearchPage(PipelineNames.Parts, PipelineNames.SearchIndex)), ForEach(new RenderLayout(PipelineNames.Parts))],
    };

    /// <summary>Theme assets, fingerprinted.</summary>
    public static Pipeline AssetsPipeline() => new(PipelineNames.Assets)
    {
        Input = [Cached(new ListFiles("theme/assets", "")), ForEach(new ReadBytes())],
        Process = [ForEach(new FingerprintAssets("theme/assets"))],
        Kept = [Keys.Asset],
    };

    /// <summary>
    /// Editors' files under input/assets/: photos are read by their headers in Process (pages need only their sizes) and
    /// their files made in PostProcess, alongside the pages; other files are published as they are at /assets/.
    /// </summary>
    public static Pipeline ContentAssetsPipeline() => new(PipelineNames.ContentAssets)
    {
        Input = [Cached(new ListFiles("input/assets", ""))],
        Process = [ForEach(new ReadContentAssets()), ForEach(new PublishContentAssets()), Cached(new CheckSiteImages())],
        Kept = [Keys.Image],
        PostProcess = [ForEach(new MakeImageFiles())],
    };

    /// <summary>How drawn share cards look: the theme's font, parsed once, and its header colours.</summary>
    public static Pipeline ShareCardStylePipeline() => new(PipelineNames.ShareCardStyle)
    {
        Process = [Cached(new ReadShareCardStyle())],
    };

    /// <summary>The pages with review dates (for <c>list review-due</c>); <c>check</c> warns about overdue ones.</summary>
    public static Pipeline ReviewsPipeline() => new(PipelineNames.Reviews)
    {
        DependsOn = [PipelineNames.Content, PipelineNames.Diseases],
        Process = [Cached(new CollectReviews(PipelineNames.Parts)), Cached(new CheckReviews())],
    };

    /// <summary>Heading order and readability warnings of diseases and pages (articles are checked, and their evidence, in Content); only <c>check</c> turns them on.</summary>
    public static Pipeline EditorialPipeline() => new(PipelineNames.Editorial)
    {
        DependsOn = [PipelineNames.Diseases, PipelineNames.Pages],
        Process =
        [
            Cached(new CheckWriting([PipelineNames.Diseases, PipelineNames.Pages], [PipelineNames.Diseases])),
        ],
    };
}
