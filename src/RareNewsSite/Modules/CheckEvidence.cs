using Markdig.Syntax;
using RareNewsSite.Content;
using RareNewsSite.Engine;
using RareNewsSite.Writing;

namespace RareNewsSite.Modules;

/// <summary>
/// The evidence check of <c>check</c> for one published article (see <see cref="EvidenceCheck"/>), while its pipeline
/// holds its syntax tree and text; a plain build leaves it off.
/// </summary>
internal sealed class CheckEvidence : IDocumentModule
{
    /// <inheritdoc />
    public Document? Execute(Document doc, BuildContext context)
    {
        if (context.Options.EditorialChecks && doc.GetOrDefault<Article>(Keys.Record) is { } article)
        {
            // The front matter was let go after the Articles pipeline read it; only check asks for it again.
            var (_, frontMatter) = ParseMarkdown.Reparse(doc.Get<string>(Keys.SourceText), doc.Source!, context, frontMatter: true);
            context.Diagnostics.AddRange(EvidenceCheck.Check(article, frontMatter!, doc.Get<MarkdownDocument>(Keys.MarkdownAst)));
        }
        return doc;
    }
}
