using RareNewsSite.Content;
using RareNewsSite.Engine;

namespace RareNewsSite.Modules;

/// <summary>
/// Turns parsed front matter into <see cref="Article"/> records. Articles with front matter errors stay in
/// the list (marked invalid) so their links and references are still checked; RenderMarkdown never sees them.
/// </summary>
internal sealed class ReadArticles : IDocumentModule
{
    /// <inheritdoc />
    public Document? Execute(Document doc, BuildContext context)
    {
        var fm = doc.Get<ParsedMarkdown>(Keys.MarkdownAst).FrontMatter.ReportingTo(context.Diagnostics);
        var article = ArticleReader.Read(fm, context.Diagnostics);
        ArticlePlaceholders.Check(article, doc.Get<string>(Keys.SourceText), context.Diagnostics);
        return doc.With(Keys.Record, article);
    }
}
