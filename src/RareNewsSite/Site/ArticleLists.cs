using RareNewsSite.Site.Views;

namespace RareNewsSite.Site;

/// <summary>The published articles' cards newest first, and grouped by disease, author and tag (each newest first).</summary>
internal sealed class ArticleLists
{
    private ArticleLists(ArticleCard[] newest)
    {
        Newest = newest;
        ByDisease = new ArticleGroups();
        ByAuthor = new ArticleGroups();
        ByTag = new ArticleGroups();
        // One pass, reading each card once: the cards are spread over the heap, and their keys are what costs.
        foreach (var card in newest)
        {
            for (var i = 0; i < card.DiseaseKeys.Count; i++)
            {
                ByDisease.Add(card.DiseaseKeys[i], card);
            }
            for (var i = 0; i < card.AuthorKeys.Count; i++)
            {
                ByAuthor.Add(card.AuthorKeys[i], card);
            }
            for (var i = 0; i < card.Tags.Count; i++)
            {
                ByTag.Add(card.Tags[i].Key, card);
            }
        }
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
    public static ArticleLists Of(IReadOnlyList<ArticleCard> cards)
    {
        // The dates are copied out first: a sort that reads every card again for each comparison spends its time
        // waiting for memory (10,000 cards are spread over a big heap). Titles are read only for equal dates, and the
        // position breaks the last ties, which is what a stable sort gives.
        var keys = new (long Ticks, int Position)[cards.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = (-cards[i].Date.UtcTicks, i);
        }
        Array.Sort(keys, (a, b) =>
        {
            var byDate = a.Ticks.CompareTo(b.Ticks);
            var byTitle = byDate != 0 ? byDate : string.CompareOrdinal(cards[a.Position].Title, cards[b.Position].Title);
            return byTitle != 0 ? byTitle : a.Position.CompareTo(b.Position);
        });
        return new(Array.ConvertAll(keys, k => cards[k.Position]));
    }
}

/// <summary>Cards grouped by a key, each group newest first, an article once per group even if it names the key twice.</summary>
internal sealed class ArticleGroups
{
    private readonly Dictionary<string, List<ArticleCard>> _groups = new(StringComparer.Ordinal);

    /// <summary>Adds <paramref name="card"/> to the group of <paramref name="key"/>; cards come newest first.</summary>
    internal void Add(string key, ArticleCard card)
    {
        ref var list = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_groups, key, out _);
        list ??= [];
        if (list.Count == 0 || !ReferenceEquals(list[^1], card))
        {
            list.Add(card);
        }
    }

    /// <summary>The keys that have articles.</summary>
    public IEnumerable<string> Keys => _groups.Keys;

    /// <summary>How many articles have <paramref name="key"/>.</summary>
    public int Count(string key) => _groups.TryGetValue(key, out var list) ? list.Count : 0;

    /// <summary>The articles with <paramref name="key"/>, newest first.</summary>
    public IReadOnlyList<ArticleCard> this[string key] => _groups.TryGetValue(key, out var list) ? list : [];
}
