using System.Collections.Immutable;
using RareNewsSite.Content;
using RareNewsSite.Engine;
using RareNewsSite.Incremental;

namespace RareNewsSite.Modules;

/// <summary>
/// Drops articles whose front matter or references had errors, once every check has run on them.
/// The build fails anyway; this only keeps later steps from rendering half-valid records.
/// </summary>
public sealed class DropInvalidArticles : IModule
{
    /// <inheritdoc />
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context, CancellationToken cancellationToken) =>
        Task.FromResult(DocumentMemo.MapAll<DropInvalidArticles>(context, inputs, null,
            (doc, _) => doc.Get<Article>(Keys.Record).Invalid ? null : doc, cancellationToken));
}
