using System.Collections.Immutable;
using RareNewsSite.Engine;
using RareNewsSite.Site;
using RareNewsSite.Site.Views;

namespace RareNewsSite.Modules;

/// <summary>
/// Sorts the published articles' cards newest first and groups them by disease, author and tag, once per build, for
/// every step that lists articles (see <see cref="Read"/>).
/// </summary>
internal sealed class ArrangeArticles(SiteParts parts) : IModule
{
    private const string Source = "articles";
    private const string Key = nameof(ArticleLists);

    /// <inheritdoc />
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context, CancellationToken cancellationToken) =>
        Task.FromResult(inputs.Add(new Document { Source = Source }.With(Key, ArticleLists.Of(context.ValuesOf<ArticleCard>(parts.Content, Keys.Card)))));

    /// <summary>The build's arranged articles, as a step reads them.</summary>
    public static ArticleLists Read(BuildContext context, SiteParts parts) => context.ValueAt<ArticleLists>(parts.Lists, Source, Key)!;
}
