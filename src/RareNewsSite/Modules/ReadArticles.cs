using System.Collections.Immutable;
using RareNewsSite.Content;
using RareNewsSite.Engine;
using RareNewsSite.Incremental;

namespace RareNewsSite.Modules;

/// <summary>
/// Turns parsed front matter into <see cref="Article"/> records. Articles with front matter errors stay in
/// the list (marked invalid) so their links and references are still checked; RenderMarkdown never sees them.
/// </summary>
public sealed class ReadArticles : IModule
{
    /// <inheritdoc />
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context, CancellationToken cancellationToken) =>
        Task.FromResult(DocumentMemo.MapAll<ReadArticles>(context, inputs, null, (doc, bag) =>
        {
            var fm = doc.Get<FrontMatter>(ParseMarkdown.FrontMatterKey);
            return doc.With(Keys.Record, Memoized.Get<Memo, FrontMatter, Article>(context.Memory, fm, null, bag,
                diagnostics => ArticleReader.Read(fm.ReportingTo(diagnostics), diagnostics))!);
        }, cancellationToken));

    /// <summary>Articles by parsed front matter, in preview.</summary>
    private sealed class Memo : IdentityMemo<FrontMatter, Article>;
}
