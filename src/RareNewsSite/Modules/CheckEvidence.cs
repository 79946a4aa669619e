using Markdig.Syntax;
using RareNewsSite.Content;
using RareNewsSite.Engine;
using RareNewsSite.Writing;

namespace RareNewsSite.Modules;

/// <summary>
/// The evidence check of <c>check</c> for one published article (see <see cref="EvidenceCheck"/>), while its pipeline
/// holds its syntax tree and front matter; a plain build leaves it off.
/// </summary>
internal sealed class CheckEvidence : IDocumentModule
{
    /// <inheritdoc />
    public Document? Execute(Document doc, BuildContext context)
    {
        if (context.Options.EditorialChecks && doc.GetOrDefault<Article>(Keys.Record) is { } article)
        {
            context.Diagnostics.AddRange(EvidenceCheck.Check(article, doc.Get<FrontMatter>(Keys.FrontMatter), doc.Get<MarkdownDocument>(Keys.MarkdownAst)));
        }
        return doc;
    }
}
