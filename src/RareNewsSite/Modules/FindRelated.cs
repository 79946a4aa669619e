using System.Collections.Immutable;
using RareNewsSite.Engine;

namespace RareNewsSite.Modules;

/// <summary>
/// Finds up to three related articles for each article (see <see cref="Related"/>): one document per article holding
/// the sources of its related articles under <see cref="Key"/>.
/// </summary>
internal sealed class FindRelated : IModule
{
    /// <summary>The metadata key of the related articles' sources (a ValueArray of string).</summary>
    public const string Key = "Related";

    /// <inheritdoc />
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context, CancellationToken cancellationToken)
    {
        var all = ParallelDocuments.Values<RelatedInput>(inputs, RankArticles.Key).OrderBy(r => r.Rank).ToList();
        var candidates = new RelatedCandidates(all);
        return Task.FromResult(ParallelDocuments.Select(all,
            article => new Document { Source = article.Source }.With(Key, new ValueArray<string>([.. candidates.For(article).Select(r => r.Source)])), cancellationToken));
    }

    /// <summary>
    /// Up to three other articles: sharing a disease first, then most shared tags, then newest. The reference
    /// definition over a whole list (newest first); builds use <see cref="RelatedCandidates"/>, which gives the same.
    /// </summary>
    public static IReadOnlyList<RelatedInput> Related(RelatedInput article, IReadOnlyList<RelatedInput> all) =>
        [.. all
            .Where(a => a.Source != article.Source)
            .Select(a => (Article: a, Diseases: a.Diseases.Count(article.Diseases.Contains), Tags: a.Tags.Count(article.Tags.Contains)))
            .Where(x => x.Diseases > 0 || x.Tags > 0)
            .OrderByDescending(x => x.Diseases > 0)
            .ThenByDescending(x => x.Tags)
            .ThenBy(x => x.Article.Rank)
            .Take(3)
            .Select(x => x.Article)];

    /// <summary>
    /// Finds related articles among those sharing a disease or a tag with an article, giving what <see cref="Related"/>
    /// gives over every article, in one pass over the shared lists without sorting them.
    /// </summary>
    internal sealed class RelatedCandidates
    {
        private readonly Dictionary<string, List<RelatedInput>> _byDisease = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<RelatedInput>> _byTag = new(StringComparer.Ordinal);
        private readonly Dictionary<(string Disease, string Tag), List<RelatedInput>> _byDiseaseAndTag = [];

        /// <summary>Indexes <paramref name="all"/> (newest first) by disease, by tag, and by each disease and tag they share.</summary>
        public RelatedCandidates(IReadOnlyList<RelatedInput> all)
        {
            foreach (var article in all)
            {
                Index(_byDisease, article.Diseases, article);
                Index(_byTag, article.Tags, article);
                foreach (var disease in article.Diseases)
                {
                    foreach (var tag in article.Tags)
                    {
                        var list = _byDiseaseAndTag.TryGetValue((disease, tag), out var found) ? found : _byDiseaseAndTag[(disease, tag)] = [];
                        list.Add(article);
                    }
                }
            }
        }

        private static void Index(Dictionary<string, List<RelatedInput>> index, ValueArray<string> keys, RelatedInput article)
        {
            foreach (var key in keys)
            {
                var list = index.TryGetValue(key, out var found) ? found : index[key] = [];
                list.Add(article);
            }
        }

        /// <summary>The best three: sharing a disease first, then most shared tags, then newest.</summary>
        public IReadOnlyList<RelatedInput> For(RelatedInput article)
        {
            var best = new List<(RelatedInput Article, bool Disease, int Tags)>(4);
            // Sharing a disease and a tag: from the lists of each disease and tag pair, far shorter than a disease's list
            // (which grows with the site: reading it whole for every article made this step quadratic).
            foreach (var disease in article.Diseases)
            {
                foreach (var tag in article.Tags)
                {
                    foreach (var candidate in _byDiseaseAndTag.GetValueOrDefault((disease, tag)) ?? [])
                    {
                        Consider(best, article, candidate, disease: true);
                    }
                }
            }
            // Sharing a disease and no tag: those rank by date alone, and each disease's list is newest first, so only the
            // first three of each list that share no tag can count.
            foreach (var disease in article.Diseases)
            {
                var found = 0;
                foreach (var candidate in _byDisease[disease])
                {
                    if (found == 3)
                    {
                        break;
                    }
                    if (!ReferenceEquals(candidate, article) && candidate.Source != article.Source && Shared(candidate.Tags, article.Tags) == 0)
                    {
                        found++;
                        Consider(best, article, candidate, disease: true);
                    }
                }
            }
            // An article that shares no disease cannot displace three that do: the tag lists (some hold thousands) are
            // read only when fewer than three articles share a disease.
            if (best.Count == 3 && best[2].Disease)
            {
                return [.. best.Select(b => b.Article)];
            }
            foreach (var key in article.Tags)
            {
                foreach (var candidate in _byTag[key])
                {
                    Consider(best, article, candidate, SharesAny(candidate.Diseases, article.Diseases));
                }
            }
            return [.. best.Select(b => b.Article)];
        }

        private static void Consider(List<(RelatedInput Article, bool Disease, int Tags)> best, RelatedInput article, RelatedInput candidate, bool disease)
        {
            if (ReferenceEquals(candidate, article) || candidate.Source == article.Source)
            {
                return;
            }
            for (var i = 0; i < best.Count; i++)
            {
                if (ReferenceEquals(best[i].Article, candidate))
                {
                    return;
                }
            }
            var entry = (candidate, disease, Shared(candidate.Tags, article.Tags));
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

        private static bool SharesAny(ValueArray<string> a, ValueArray<string> b) => Shared(a, b) > 0;

        // How many of a's keys b has (a key named twice counts twice, as the reference definition does).
        private static int Shared(ValueArray<string> a, ValueArray<string> b)
        {
            var count = 0;
            foreach (var x in a)
            {
                foreach (var y in b)
                {
                    if (x == y)
                    {
                        count++;
                        break;
                    }
                }
            }
            return count;
        }

        private static bool Before((RelatedInput Article, bool Disease, int Tags) x, (RelatedInput Article, bool Disease, int Tags) y) =>
            x.Disease != y.Disease ? x.Disease : x.Tags != y.Tags ? x.Tags > y.Tags : x.Article.Rank < y.Article.Rank;
    }
}
