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
            // The tree was parsed again for this pipeline: its front matter is read from it now, reporting nothing new.
            var parsed = doc.Get<ParsedMarkdown>(Keys.MarkdownAst);
            context.Diagnostics.AddRange(EvidenceCheck.Check(article, parsed.FrontMatter, parsed.Tree));
        }
        return doc;
    }
}
