using System.Collections.Immutable;
using RareNewsSite.Engine;
using RareNewsSite.Site;
using RareNewsSite.Site.Views;

namespace RareNewsSite.Modules;

/// <summary>
/// Finds up to three related articles for each article: sharing a disease first, then most shared tags, newest
/// first. One document per article (its source) holding the related cards under <see cref="Key"/>.
/// </summary>
public sealed class FindRelated(SiteParts parts) : IModule
{
    /// <summary>The metadata key of the related cards (a ValueArray of ArticleCard).</summary>
    public const string Key = "Related";

    /// <inheritdoc />
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context, CancellationToken cancellationToken)
    {
        var lists = ArticleLists.Of(context.ValuesOf<ArticleCard>(parts.Content, Keys.Card));
        var candidates = new RelatedCandidates(lists.Newest);
        return Task.FromResult(ParallelDocuments.Select(lists.Newest,
            card => new Document { Source = card.Source }.With(Key, new ValueArray<ArticleCard>([.. candidates.For(card)])), cancellationToken));
    }

    /// <summary>
    /// Up to three other articles: sharing a disease first, then sharing tags; newest first within each. The
    /// reference definition over a whole list; builds use <see cref="RelatedCandidates"/>, which gives the same.
    /// </summary>
    public static IReadOnlyList<ArticleCard> Related(ArticleCard article, IReadOnlyList<ArticleCard> all)
    {
        var tags = article.Tags.Select(t => t.Key).ToHashSet(StringComparer.Ordinal);
        return [.. all
            .Where(a => a.Source != article.Source)
            .Select(a => (Article: a, Diseases: a.DiseaseKeys.Count(article.DiseaseKeys.Contains), Tags: a.Tags.Count(t => tags.Contains(t.Key))))
            .Where(x => x.Diseases > 0 || x.Tags > 0)
            .OrderByDescending(x => x.Diseases > 0)
            .ThenByDescending(x => x.Tags)
            .ThenByDescending(x => x.Article.Date)
            .ThenBy(x => x.Article.Title, StringComparer.Ordinal)
            .Take(3)
            .Select(x => x.Article)];
    }

    /// <summary>
    /// Finds related articles among those sharing a disease or a tag with an article, giving what
    /// <see cref="Related"/> gives over every article, in one pass over the shared lists without sorting them.
    /// </summary>
    internal sealed class RelatedCandidates
    {
        private readonly Dictionary<ArticleCard, int> _position = new(ReferenceEqualityComparer.Instance);
        private readonly ILookup<string, ArticleCard> _byDisease;
        private readonly ILookup<string, ArticleCard> _byTag;

        /// <summary>Indexes <paramref name="all"/> (newest first) by disease and by tag.</summary>
        public RelatedCandidates(IReadOnlyList<ArticleCard> all)
        {
            for (var i = 0; i < all.Count; i++)
            {
                _position[all[i]] = i;
            }
            _byDisease = all.SelectMany(a => a.DiseaseKeys.Select(k => (Key: k, Article: a))).ToLookup(x => x.Key, x => x.Article, StringComparer.Ordinal);
            _byTag = all.SelectMany(a => a.Tags.Select(t => (t.Key, Article: a))).ToLookup(x => x.Key, x => x.Article, StringComparer.Ordinal);
        }

        /// <summary>The best three: sharing a disease first, then most shared tags, then first in the list (newest).</summary>
        public IReadOnlyList<ArticleCard> For(ArticleCard article)
        {
            var tags = article.Tags.Select(t => t.Key).ToHashSet(StringComparer.Ordinal);
            var best = new List<(ArticleCard Article, bool Disease, int Tags, int Position)>(4);
            foreach (var candidate in article.DiseaseKeys.SelectMany(k => _byDisease[k]).Concat(tags.SelectMany(t => _byTag[t])))
            {
                if (candidate.Source == article.Source || best.Exists(b => ReferenceEquals(b.Article, candidate)))
                {
                    continue;
                }
                var entry = (candidate, candidate.DiseaseKeys.Any(article.DiseaseKeys.Contains), candidate.Tags.Count(t => tags.Contains(t.Key)), _position[candidate]);
                var at = best.FindIndex(b => Before(entry, b));
                if (at >= 0 || best.Count < 3)
                {
                    best.Insert(at >= 0 ? at : best.Count, entry);
                    if (best.Count > 3)
                    {
                        best.RemoveAt(3);
                    }
                }
            }
            return [.. best.Select(b => b.Article)];
        }

        private static bool Before((ArticleCard, bool Disease, int Tags, int Position) x, (ArticleCard, bool Disease, int Tags, int Position) y) =>
            x.Disease != y.Disease ? x.Disease : x.Tags != y.Tags ? x.Tags > y.Tags : x.Position < y.Position;
    }
}
