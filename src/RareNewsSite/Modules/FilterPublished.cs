using RareNewsSite.Content;
using RareNewsSite.Engine;

namespace RareNewsSite.Modules;

/// <summary>Drops drafts and scheduled (future-dated) articles unless the build asks for them.</summary>
internal sealed class FilterPublished : IDocumentModule
{
    /// <summary>True when the article belongs in this build.</summary>
    public static bool IsPublished(Article article, BuildContext context) =>
        article.Invalid || (!article.Draft || context.Options.IncludeDrafts) && (!context.IsFuture(article.Date) || context.Options.IncludeFuture);

    /// <inheritdoc />
    public Document? Execute(Document doc, BuildContext context) => IsPublished(doc.Get<Article>(Keys.Record), context) ? doc : null;
}
