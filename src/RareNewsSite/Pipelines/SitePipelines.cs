using RareNewsSite.Engine;
using RareNewsSite.Modules;

namespace RareNewsSite.Pipelines;

/// <summary>The site's pipelines; each reads like a table of contents of its steps.</summary>
public static class SitePipelines
{
    /// <summary>Every pipeline of a build.</summary>
    public static IReadOnlyList<Pipeline> All() =>
        [Content(), Authors(), Diseases(), Pages(), Archives(), Feeds(), Sitemap(), SearchIndex(), Assets(), ContentAssets(), Editorial()];

    /// <summary>Articles: parse, validate, resolve links, render, page.</summary>
    public static Pipeline Content() => new(PipelineNames.Content)
    {
        DependsOn = [PipelineNames.Authors, PipelineNames.Diseases, PipelineNames.Pages],
        Input = [new ReadFiles("input/articles")],
        Process =
        [
            new ParseMarkdown(), new ReadArticles(), new RegisterLinkTargets(), new FilterPublished(),
            new CheckArticleReferences(), new ResolveLinks(), new DropInvalidArticles(), new RenderMarkdown(), new BuildArticleViews(),
        ],
        PostProcess = [new BuildArticlePages(), new RenderLayout(), new BuildRedirects()],
        Output = [new WriteFiles()],
    };

    /// <summary>Authors: records with rendered bios, then a page each.</summary>
    public static Pipeline Authors() => new(PipelineNames.Authors)
    {
        Input = [new ReadFiles("input/authors")],
        Process = [new ParseMarkdown(), new ReadAuthors(), new RenderMarkdown(), new BuildViews()],
        PostProcess = [new BuildAuthorPages(), new RenderLayout()],
        Output = [new WriteFiles()],
    };

    /// <summary>Diseases: records with rendered explainers, then a page each.</summary>
    public static Pipeline Diseases() => new(PipelineNames.Diseases)
    {
        Input = [new ReadFiles("input/diseases")],
        Process = [new ParseMarkdown(), new ReadDiseases(), new RenderMarkdown(), new BuildViews()],
        PostProcess = [new BuildDiseasePages(), new RenderLayout()],
        Output = [new WriteFiles()],
    };

    /// <summary>Static pages: links resolve once every article is registered, so rendering waits for PostProcess.</summary>
    public static Pipeline Pages() => new(PipelineNames.Pages)
    {
        Input = [new ReadFiles("input/pages")],
        Process = [new ParseMarkdown(), new ReadPages(), new RegisterLinkTargets()],
        PostProcess = [new ResolveLinks(), new RenderMarkdown(), new BuildStaticPages(), new RenderLayout()],
        Output = [new WriteFiles()],
    };

    /// <summary>Generated lists: the paginated home, tag pages, A–Z indexes and the 404 page.</summary>
    public static Pipeline Archives() => new(PipelineNames.Archives)
    {
        DependsOn = [PipelineNames.Content, PipelineNames.Authors, PipelineNames.Diseases, PipelineNames.Pages],
        PostProcess = [new BuildHomePages(), new BuildTagPages(), new BuildIndexPages(), new BuildNotFoundPage(), new RenderLayout()],
        Output = [new WriteFiles()],
    };

    /// <summary>RSS, Atom and JSON Feed for the site and for each disease.</summary>
    public static Pipeline Feeds() => new(PipelineNames.Feeds)
    {
        DependsOn = [PipelineNames.Content, PipelineNames.Diseases, PipelineNames.Pages],
        PostProcess = [new BuildFeeds()],
        Output = [new WriteFiles()],
    };

    /// <summary><c>sitemap.xml</c> and <c>robots.txt</c>, written once every page is rendered.</summary>
    public static Pipeline Sitemap() => new(PipelineNames.Sitemap)
    {
        Output = [new BuildSitemap(), new WriteFiles()],
    };

    /// <summary>Search: the sharded index of published articles, then the page that queries it.</summary>
    public static Pipeline SearchIndex() => new(PipelineNames.SearchIndex)
    {
        DependsOn = [PipelineNames.Content, PipelineNames.Authors, PipelineNames.Diseases, PipelineNames.Pages],
        PostProcess = [new BuildSearchIndex(), new BuildSearchPage(), new RenderLayout()],
        Output = [new WriteFiles()],
    };

    /// <summary>Theme assets, fingerprinted.</summary>
    public static Pipeline Assets() => new(PipelineNames.Assets)
    {
        Input = [new ReadAssets("theme/assets")],
        Process = [new FingerprintAssets("theme/assets")],
        Output = [new WriteFiles()],
    };

    /// <summary>Editors' files under input/assets/ (images), published as they are at /assets/.</summary>
    public static Pipeline ContentAssets() => new(PipelineNames.ContentAssets)
    {
        Input = [new ReadAssets("input/assets")],
        Process = [new PublishContentAssets()],
        Output = [new WriteFiles()],
    };

    /// <summary>Heading order and readability warnings; only <c>check</c> turns them on.</summary>
    public static Pipeline Editorial() => new(PipelineNames.Editorial)
    {
        DependsOn = [PipelineNames.Content, PipelineNames.Diseases, PipelineNames.Pages],
        Process = [new CheckWriting()],
    };
}
