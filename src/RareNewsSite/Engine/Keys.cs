namespace RareNewsSite.Engine;

/// <summary>The metadata keys modules agree on.</summary>
public static class Keys
{
    /// <summary>The parsed content record: an Article, Author, Disease or StaticPage.</summary>
    public const string Record = nameof(Record);
    /// <summary>The parsed Markdig document of the body.</summary>
    public const string MarkdownAst = nameof(MarkdownAst);
    /// <summary>The body rendered to HTML (a RawHtml).</summary>
    public const string BodyHtml = nameof(BodyHtml);
    /// <summary>The ids of the headings in the body.</summary>
    public const string Anchors = nameof(Anchors);
    /// <summary>The record as templates see it (ArticleView, AuthorView, DiseaseView).</summary>
    public const string View = nameof(View);
    /// <summary>The theme layout to render the page with.</summary>
    public const string Layout = nameof(Layout);
    /// <summary>The template model for the layout (a Scriban ScriptObject).</summary>
    public const string Model = nameof(Model);
    /// <summary>The kind of page, for the build summary.</summary>
    public const string PageKind = nameof(PageKind);
}
