using System.Collections.Immutable;
using RareNewsSite.Content;
using RareNewsSite.Engine;
using RareNewsSite.Incremental;

namespace RareNewsSite.Modules;

/// <summary>Drops drafts and scheduled (future-dated) articles unless the build asks for them.</summary>
public sealed class FilterPublished : IModule
{
    /// <summary>True when the article belongs in this build.</summary>
    public static bool IsPublished(Article article, BuildContext context) => IsPublished(article, context, context.Now);

    /// <summary>True when the article belongs in a build at <paramref name="now"/>.</summary>
    public static bool IsPublished(Article article, BuildContext context, DateTimeOffset now) =>
        article.Invalid || (!article.Draft || context.Options.IncludeDrafts) && (article.Date <= now || context.Options.IncludeFuture);

    /// <inheritdoc />
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context, CancellationToken cancellationToken)
    {
        var now = context.Now;
        // In preview an unchanged article stays in or out while the clock has not reached a scheduled date.
        var schedule = context.Memory?.Get<ScheduleVersion>();
        return Task.FromResult(DocumentMemo.MapAll<FilterPublished>(context, inputs, schedule?.Token(now),
            doc =>
            {
                var article = doc.Get<Article>(Keys.Record);
                schedule?.Watch(article.Date, now);
                return IsPublished(article, context, now) ? "published" : "";
            },
            (doc, _) => IsPublished(doc.Get<Article>(Keys.Record), context, now) ? doc : null, cancellationToken));
    }
}
