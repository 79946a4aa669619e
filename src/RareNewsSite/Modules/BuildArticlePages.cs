using System.Collections.Immutable;
using RareNewsSite.Content;
using RareNewsSite.Engine;
using RareNewsSite.Incremental;
using RareNewsSite.Pipelines;
using RareNewsSite.Site;
using RareNewsSite.Site.Views;

using Scriban.Runtime;

namespace RareNewsSite.Modules;

/// <summary>Gives each article its page model: the article, up to three related articles, sharing data and JSON-LD.</summary>
public sealed class BuildArticlePages : IModule
{
    /// <inheritdoc />
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, BuildContext context, CancellationToken cancellationToken)
    {
        var models = PageModels.Of(context);
        var links = context.Services.Links;
        // In preview, the lists of the last build are reused while what decides them is unchanged: the same
        // arrangement of the articles (every card equal), or else the same related signature (most title edits).
        var articles = models.Articles;
        var positions = LatestValues.GetOrCompute(context.Memory, "related:arrangement", () => models.Arrangement,
            () => LatestValues.GetOrCompute(context.Memory, "related", () => new RelatedKey(models.RelatedInputs!, ArticleArrangement.OrderOf(models.Arrangement)),
                () => RelatedPositions(articles)));
        // A page document is kept while its article's document and the static pages (navigation) are the same
        // objects and its related articles have the same cards (a related article's body edit changes nothing here).
        // By position, while the arrangement is the same object (every card equal, so every related list and card too).
        var pages = context.OutputsOf(PipelineNames.Pages);
        return Task.FromResult(DocumentMemo.MapAll<BuildArticlePages>(context, inputs, new SameObjects([models.Arrangement, .. pages]), doc =>
        {
            var related = positions[doc.Get<ArticleView>(Keys.View).Source];
            var shown = new object[pages.Length + related.Length];
            for (var i = 0; i < pages.Length; i++)
            {
                shown[i] = pages[i];
            }
            for (var i = 0; i < related.Length; i++)
            {
                shown[pages.Length + i] = articles[related[i]].CardKey;
            }
            return new SameObjects(shown);
        }, (doc, _) =>
        {
            var view = doc.Get<ArticleView>(Keys.View);
            return Page(doc, doc.Get<Article>(Keys.Record), view, Array.ConvertAll(positions[view.Source], p => articles[p]));
        }, cancellationToken));

        Document Page(Document doc, Article article, ArticleView view, IReadOnlyList<ArticleView> related)
        {
            ScriptObject Model()
            {
                var page = models.Page(view.Title, view.Summary, article.UrlPath, "article") with
                {
                    OgType = "article",
                    Image = article.Image is { } image ? links.Absolute(image) : null,
                    ImageAlt = article.ImageAlt,
                    JsonLd = models.Data.ForArticle(view),
                };
                return models.Model(page, ("article", view), ("related", related));
            }
            return doc.With(Keys.Layout, "article").With(Keys.Model, (Func<ScriptObject>)Model).With(Keys.PageKind, "article")
                with
            { Destination = PageModels.DestinationOf(article.UrlPath), Dependencies = doc.Dependencies.Union(related.Select(r => r.CardKey)) };
        }
    }

    /// <summary>The related articles of each article (by source), as positions in <paramref name="articles"/> (newest first).</summary>
    private static Dictionary<string, int[]> RelatedPositions(IReadOnlyList<ArticleView> articles)
    {
        var candidates = new RelatedCandidates(articles);
        var position = new Dictionary<ArticleView, int>(articles.Count, ReferenceEqualityComparer.Instance);
        for (var i = 0; i < articles.Count; i++)
        {
            position[articles[i]] = i;
        }
        var lists = new (string Source, int[] Related)[articles.Count];
        Parallel.For(0, articles.Count, i => lists[i] = (articles[i].Source, [.. candidates.For(articles[i]).Select(r => position[r])]));
        return lists.ToDictionary(l => l.Source, l => l.Related, StringComparer.Ordinal);
    }

    /// <summary>
    /// What decides every article's related list: each article's source, diseases and tags (the token) and the order
    /// of the list (date and title only break ties, and the list is already sorted by them). A body edit and most
    /// title edits leave it as it was.
    /// </summary>
    private sealed record RelatedKey(object Inputs, int[] Order)
    {
        public bool Equals(RelatedKey? other) =>
            other is not null && ReferenceEquals(Inputs, other.Inputs) && Order.AsSpan().SequenceEqual(other.Order);

        public override int GetHashCode() => Order.Length;
    }

    /// <summary>
    /// Finds related articles among those sharing a disease or a tag with an article, giving what
    /// <see cref="Related"/> gives over every article, in one pass over the shared lists without sorting them.
    /// </summary>
    internal sealed class RelatedCandidates
    {
        private readonly Dictionary<ArticleView, int> _position = new(ReferenceEqualityComparer.Instance);
        private readonly ILookup<string, ArticleView> _byDisease;
        private readonly ILookup<string, ArticleView> _byTag;

        /// <summary>Indexes <paramref name="all"/> (newest first) by disease and by tag.</summary>
        public RelatedCandidates(IReadOnlyList<ArticleView> all)
        {
            for (var i = 0; i < all.Count; i++)
            {
                _position[all[i]] = i;
            }
            _byDisease = all.SelectMany(a => a.DiseaseKeys.Select(k => (Key: k, Article: a))).ToLookup(x => x.Key, x => x.Article, StringComparer.Ordinal);
            _byTag = all.SelectMany(a => a.Tags.Select(t => (t.Key, Article: a))).ToLookup(x => x.Key, x => x.Article, StringComparer.Ordinal);
        }

        /// <summary>The best three: sharing a disease first, then most shared tags, then first in the list (newest).</summary>
        public IReadOnlyList<ArticleView> For(ArticleView article)
        {
            var tags = article.Tags.Select(t => t.Key).ToHashSet(StringComparer.Ordinal);
            var best = new List<(ArticleView Article, bool Disease, int Tags, int Position)>(4);
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

        private static bool Before((ArticleView, bool Disease, int Tags, int Position) x, (ArticleView, bool Disease, int Tags, int Position) y) =>
            x.Disease != y.Disease ? x.Disease : x.Tags != y.Tags ? x.Tags > y.Tags : x.Position < y.Position;
    }

    /// <summary>
    /// Up to three other articles: sharing a disease first, then sharing tags; newest first within each. The
    /// reference definition over a whole list; builds use <see cref="RelatedCandidates"/>, which gives the same.
    /// </summary>
    public static IReadOnlyList<ArticleView> Related(ArticleView article, IReadOnlyList<ArticleView> all)
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
}
