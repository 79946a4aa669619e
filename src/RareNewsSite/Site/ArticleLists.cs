using RareNewsSite.Site.Views;

namespace RareNewsSite.Site;

/// <summary>The published articles' cards newest first, and grouped by disease, author and tag (each newest first).</summary>
internal sealed class ArticleLists
{
    private ArticleLists(ArticleCard[] newest)
    {
        Newest = newest;
        ByDisease = new ArticleGroups(newest, c => c.DiseaseKeys);
        ByAuthor = new ArticleGroups(newest, c => c.AuthorKeys);
        ByTag = new ArticleGroups(newest, c => c.Tags.Select(t => t.Key));
    }

    /// <summary>Every card, newest first (then by title; equal ones keep their order).</summary>
    public IReadOnlyList<ArticleCard> Newest { get; }

    /// <summary>The cards of each disease key.</summary>
    public ArticleGroups ByDisease { get; }

    /// <summary>The cards of each author key.</summary>
    public ArticleGroups ByAuthor { get; }

    /// <summary>The cards of each tag key.</summary>
    public ArticleGroups ByTag { get; }

    /// <summary>Sorts and groups <paramref name="cards"/>.</summary>
    public static ArticleLists Of(IReadOnlyList<ArticleCard> cards) =>
        new([.. cards.OrderByDescending(c => c.Date).ThenBy(c => c.Title, StringComparer.Ordinal)]);
}

/// <summary>Cards grouped by a key, each group newest first, an article once per group even if it names the key twice.</summary>
internal sealed class ArticleGroups
{
    private readonly Dictionary<string, List<ArticleCard>> _groups = new(StringComparer.Ordinal);

    internal ArticleGroups(IReadOnlyList<ArticleCard> newest, Func<ArticleCard, IEnumerable<string>> keys)
    {
        foreach (var card in newest)
        {
            foreach (var key in keys(card))
            {
                if (!_groups.TryGetValue(key, out var list))
                {
                    _groups[key] = list = [];
                }
                if (list.Count == 0 || !ReferenceEquals(list[^1], card))
                {
                    list.Add(card);
                }
            }
        }
    }

    /// <summary>The keys that have articles.</summary>
    public IEnumerable<string> Keys => _groups.Keys;

    /// <summary>How many articles have <paramref name="key"/>.</summary>
    public int Count(string key) => _groups.TryGetValue(key, out var list) ? list.Count : 0;

    /// <summary>The articles with <paramref name="key"/>, newest first.</summary>
    public IReadOnlyList<ArticleCard> this[string key] => _groups.TryGetValue(key, out var list) ? list : [];
}
