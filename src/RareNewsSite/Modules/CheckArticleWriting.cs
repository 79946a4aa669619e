using Markdig.Syntax;
using RareNewsSite.Content;
using RareNewsSite.Engine;
using RareNewsSite.Writing;

namespace RareNewsSite.Modules;

/// <summary>
/// The editorial checks of <c>check</c> for one article, while its pipeline holds its syntax tree: heading order and
/// readability. Warnings only; a plain build leaves them off. (Diseases and pages are checked by <see cref="CheckWriting"/>.)
/// </summary>
internal sealed class CheckArticleWriting : IDocumentModule
{
    /// <inheritdoc />
    public Document? Execute(Document doc, BuildContext context)
    {
        if (context.Options.EditorialChecks)
        {
            var ast = doc.Get<ParsedMarkdown>(Keys.MarkdownAst).Tree;
            HeadingOrder.Check(ast, doc.Source!, context.Diagnostics);
            Readability.Check(ast, doc.Source!, context.Diagnostics);
        }
        return doc;
    }
}
