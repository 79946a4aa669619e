using System.Collections.Immutable;
using RareNewsSite.Content;
using RareNewsSite.Engine;

namespace RareNewsSite.Modules;

/// <summary>Drops drafts and scheduled (future-dated) articles unless the build asks for them.</summary>
public sealed class FilterPublished : IModule
{
    /// <summary>True when the article belongs in this build.</summary>
    public static bool IsPublished(Article article, BuildContext context) =>
        article.Invalid || (!article.Draft || context.Options.IncludeDrafts) && (article.Date <= context.Now || context.Options.IncludeFuture);

    /// <inheritdoc />
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context, CancellationToken cancellationToken) =>
        Task.FromResult(inputs.Where(d => IsPublished(d.Get<Article>(Keys.Record), context)).ToImmutableArray());
}
