using RareNewsSite.Layout;
using RareNewsSite.Site.Views;
namespace RareNewsSite.Engine;

/// <summary>The metadata keys modules agree on.</summary>
public static class Keys
{
    /// <summary>The parsed content record: an Article, Author, Disease or StaticPage.</summary>
    public const string Record = nameof(Record);
    /// <summary>The Markdown file's text as it was read (a string); the syntax tree points into it.</summary>
    public const string SourceText = nameof(SourceText);
    /// <summary>The parsed file (a ParsedMarkdown): its Markdig syntax tree and its front matter, equal when parsed from the same text.</summary>
    public const string MarkdownAst = nameof(MarkdownAst);
    /// <summary>The ids of the headings in the body.</summary>
    public const string Anchors = nameof(Anchors);
    /// <summary>What other files' links to this one resolve to (a LinkTarget).</summary>
    public const string LinkTarget = nameof(LinkTarget);
    /// <summary>Where each link written in the body goes (ResolvedLinks).</summary>
    public const string Links = nameof(Links);
    /// <summary>The body rendered to HTML (a RawHtml).</summary>
    public const string BodyHtml = nameof(BodyHtml);
    /// <summary>The record as templates see it (ArticleView, AuthorView, DiseaseView).</summary>
    public const string View = nameof(View);
    /// <summary>What lists show of an article (an ArticleCard).</summary>
    public const string Card = nameof(Card);
    /// <summary>What feeds show of an article (a FeedItem).</summary>
    public const string FeedItem = nameof(FeedItem);
    /// <summary>What the search index takes from an article (a SearchDocument, or absent when it is not indexed).</summary>
    public const string Search = nameof(Search);
    /// <summary>A theme asset's name and fingerprinted path (an AssetPath).</summary>
    public const string Asset = nameof(Asset);
    /// <summary>A local image's published files and their sizes (an ImageSet), on the documents of <c>input/assets/</c>.</summary>
    public const string Image = nameof(Image);
    /// <summary>The page's template model (a PageModel): the layout and every value it shows.</summary>
    public const string Model = nameof(Model);
    /// <summary>The kind of page, for the build summary and the sitemap.</summary>
    public const string PageKind = nameof(PageKind);
    /// <summary>When an article page last changed, for the sitemap.</summary>
    public const string LastModified = nameof(LastModified);
}
