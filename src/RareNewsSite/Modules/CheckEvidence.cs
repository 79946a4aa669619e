using Markdig.Syntax;
using RareNewsSite.Content;
using RareNewsSite.Engine;
using RareNewsSite.Writing;

namespace RareNewsSite.Modules;

/// <summary>
/// The evidence check of <c>check</c> for one published article (see <see cref="EvidenceCheck"/>), while its pipeline
/// holds its syntax tree; a plain build leaves it off.
/// </summary>
internal sealed class CheckEvidence : IDocumentModule
{
    /// <inheritdoc />
    public Document? Execute(Document doc, BuildContext context)
    {
        if (context.Options.EditorialChecks && doc.GetOrDefault<Article>(Keys.Record) is { } article)
        {
            // The front matter was let go after the Articles pipeline read it; its block is still in the tree.
            var tree = doc.Get<MarkdownDocument>(Keys.MarkdownAst);
            context.Diagnostics.AddRange(EvidenceCheck.Check(article, ParseMarkdown.FrontMatterOf(tree, doc.Source!), tree));
        }
        return doc;
    }
}
