using System.Collections.Immutable;
using RareNewsSite.Engine;
using RareNewsSite.Site;
using RareNewsSite.Site.Views;

namespace RareNewsSite.Modules;

/// <summary>
/// Sorts the published articles' cards newest first and groups them by disease, author and tag, once per build, for
/// every step that lists articles (see <see cref="Read"/>). Each group is also a document of its own
/// (<see cref="GroupSource"/>), so that a step making one group's pages reads that group alone and is redone only when
/// that group's cards change.
/// </summary>
internal sealed class ArrangeArticles(SiteParts parts) : IModule
{
    private const string Source = "articles";
    private const string Key = nameof(ArticleLists);
    private const string CardsKey = "Cards";

    /// <summary>Where a group's document comes from: <c>lists/tag/gene-therapy</c>.</summary>
    public static string GroupSource(string kind, string key) => $"lists/{kind}/{key}";

    /// <inheritdoc />
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context, CancellationToken cancellationToken)
    {
        var lists = ArticleLists.Of(context.ValuesOf<ArticleCard>(parts.Content, Keys.Card));
        var groups = Groups("disease", lists.ByDisease).Concat(Groups("author", lists.ByAuthor)).Concat(Groups("tag", lists.ByTag));
        return Task.FromResult(inputs.Add(new Document { Source = Source }.With(Key, lists)).AddRange(groups));
    }

    private static IEnumerable<Document> Groups(string kind, ArticleGroups groups) =>
        groups.Keys.Order(StringComparer.Ordinal).Select(key =>
            new Document { Source = GroupSource(kind, key) }.With(CardsKey, new ValueArray<ArticleCard>([.. groups[key]])));

    /// <summary>The build's arranged articles, as a step reads them.</summary>
    public static ArticleLists Read(BuildContext context, SiteParts parts) => context.ValueAt<ArticleLists>(parts.Lists, Source, Key)!;

    /// <summary>The cards of one group (<paramref name="kind"/> disease, author or tag), newest first; empty when it has none.</summary>
    public static ValueArray<ArticleCard> Group(BuildContext context, SiteParts parts, string kind, string key) =>
        context.ValueAt<ValueArray<ArticleCard>?>(parts.Lists, GroupSource(kind, key), CardsKey) ?? [];

    /// <summary>The tag groups' documents, as the tag pages start from them.</summary>
    public static bool IsTagGroup(Document doc) => doc.Source?.StartsWith("lists/tag/", StringComparison.Ordinal) == true;

    /// <summary>The cards of a group's document.</summary>
    public static ValueArray<ArticleCard> CardsOf(Document doc) => doc.Get<ValueArray<ArticleCard>>(CardsKey);
}
