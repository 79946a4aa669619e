using System.Collections.Immutable;
using RareNewsSite.Engine;
using RareNewsSite.Site;
using RareNewsSite.Site.Views;

namespace RareNewsSite.Modules;

/// <summary>
/// What decides related articles, one document per article: its place among all articles newest first, its diseases
/// and its tags. A title edit that leaves the order as it was changes none of these, so related lists are not looked
/// for again.
/// </summary>
internal sealed class RankArticles(SiteParts parts) : IModule
{
    /// <summary>The metadata key of an article's <see cref="RelatedInput"/>.</summary>
    public const string Key = nameof(RelatedInput);

    /// <inheritdoc />
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context, CancellationToken cancellationToken)
    {
        var newest = ArrangeArticles.Read(context, parts).Newest;
        return Task.FromResult(newest.Select((card, rank) =>
            new Document { Source = card.Source }.With(Key, new RelatedInput(card.Source, rank, card.DiseaseKeys, [.. card.Tags.Select(t => t.Key)])))
            .ToImmutableArray());
    }
}

/// <summary>An article as related lists see it: its source, its place newest first, its disease and tag keys.</summary>
internal sealed record RelatedInput(string Source, int Rank, ValueArray<string> Diseases, ValueArray<string> Tags);
