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
internal sealed class ArrangeArticles(SiteParts parts) : IUpdatingModule
{
    private const string Source = "articles";
    private const string Key = nameof(ArticleLists);
    private const string CardsKey = "Cards";

    /// <summary>Where a group's document comes from: <c>lists/tag/gene-therapy</c>.</summary>
    public static string GroupSource(string kind, string key) => $"lists/{kind}/{key}";

    /// <inheritdoc />
    /// <remarks>Given its last lists, it updates them for the few cards an edit changed, and makes documents only for the groups those are in.</remarks>
    public Task<(ImmutableArray<Document> Outputs, object? State)> ExecuteAsync(
        ImmutableArray<Document> inputs, object? last, BuildContext context, CancellationToken cancellationToken)
    {
        var kept = last as Kept;
        var lists = ArticleLists.Update(kept?.Lists, [.. context.ValuesOf<ArticleCard>(parts.Content, Keys.Card)], out var changed);
        var groups = new Dictionary<string, Document>(StringComparer.Ordinal);
        foreach (var (kind, byKey) in new[] { ("disease", lists.ByDisease), ("author", lists.ByAuthor), ("tag", lists.ByTag) })
        {
            foreach (var key in byKey.Keys)
            {
                var source = GroupSource(kind, key);
                groups[source] = changed is not null && !changed.Contains($"{kind}/{key}") && kept!.Groups.TryGetValue(source, out var before)
                    ? before
                    : new Document { Source = source }.With(CardsKey, new ValueArray<ArticleCard>([.. byKey[key]]));
            }
        }
        var outputs = inputs.Add(new Document { Source = Source }.With(Key, lists)).AddRange(groups.Values);
        return Task.FromResult<(ImmutableArray<Document>, object?)>((outputs, new Kept(lists, groups)));
    }

    /// <summary>What a build keeps for the next: the lists and each group's document.</summary>
    private sealed record Kept(ArticleLists Lists, Dictionary<string, Document> Groups);

    /// <summary>The build's arranged articles, as a step reads them.</summary>
    public static ArticleLists Read(BuildContext context, SiteParts parts) => context.ValueAt<ArticleLists>(parts.Lists, Source, Key)!;

    /// <summary>The cards of one group (<paramref name="kind"/> disease, author or tag), newest first; empty when it has none.</summary>
    public static ValueArray<ArticleCard> Group(BuildContext context, SiteParts parts, string kind, string key) =>
        context.ValueAt<ValueArray<ArticleCard>?>(parts.Lists, GroupSource(kind, key), CardsKey) ?? [];

    /// <summary>The tag groups' documents, as the tag pages start from them.</summary>
    public static bool IsTagGroup(Document doc) => doc.Source?.StartsWith(GroupSource("tag", ""), StringComparison.Ordinal) == true;

    /// <summary>The tag of a tag group's document.</summary>
    public static string TagOf(Document doc) => doc.Source![GroupSource("tag", "").Length..];

    /// <summary>The cards of a group's document.</summary>
    public static ValueArray<ArticleCard> CardsOf(Document doc) => doc.Get<ValueArray<ArticleCard>>(CardsKey);
}
