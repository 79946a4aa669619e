using System.Collections.Immutable;
using RareNewsSite.Content;
using RareNewsSite.Engine;

namespace RareNewsSite.Modules;

/// <summary>
/// Turns parsed front matter into <see cref="Article"/> records. Articles with front matter errors stay in
/// the list (marked invalid) so their links and references are still checked; RenderMarkdown never sees them.
/// </summary>
public sealed class ReadArticles : IModule
{
    /// <inheritdoc />
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context, CancellationToken cancellationToken) =>
        Task.FromResult(ParallelDocuments.Select(inputs, doc =>
            doc.With(Keys.Record, ArticleReader.Read(doc.Get<FrontMatter>(ParseMarkdown.FrontMatterKey), context.Diagnostics)), cancellationToken));
}
