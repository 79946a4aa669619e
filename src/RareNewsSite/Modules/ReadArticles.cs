using System.Collections.Immutable;
using RareNewsSite.Content;
using RareNewsSite.Engine;

namespace RareNewsSite.Modules;

/// <summary>Turns parsed front matter into <see cref="Article"/> records; invalid articles are dropped after reporting.</summary>
public sealed class ReadArticles : IModule
{
    /// <inheritdoc />
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context, CancellationToken cancellationToken) =>
        Task.FromResult(ParallelDocuments.Select(inputs, doc =>
            ArticleReader.Read(doc.Get<FrontMatter>(ParseMarkdown.FrontMatterKey), context.Diagnostics) is { } article
                ? doc.With(Keys.Record, article)
                : null, cancellationToken));
}
