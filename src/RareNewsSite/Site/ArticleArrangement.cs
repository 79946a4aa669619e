using RareNewsSite.Site.Views;

namespace RareNewsSite.Site;

/// <summary>
/// The order of the site's articles (newest first, then by title) and which of them each disease, author and tag
/// has, as positions in that order. It follows from the articles' cards alone (dates, titles and keys are on the
/// card), so the preview keeps it while every card is equal and only puts the current views in place.
/// </summary>
internal sealed class ArticleArrangement
{
    private ArticleArrangement(int[] order, Dictionary<string, int[]> byDisease, Dictionary<string, int[]> byAuthor, Dictionary<string, int[]> byTag)
    {
        Order = order;
        ByDisease = byDisease;
        ByAuthor = byAuthor;
        ByTag = byTag;
    }

    /// <summary>The position in the input of each article, newest first.</summary>
    public int[] Order { get; }

    /// <summary>The order of an arrangement handed out as <see cref="PageModels.Arrangement"/>.</summary>
    public static int[] OrderOf(object arrangement) => ((ArticleArrangement)arrangement).Order;

    /// <summary>Positions (in <see cref="Order"/>) of each disease's articles.</summary>
    public Dictionary<string, int[]> ByDisease { get; }

    /// <summary>Positions (in <see cref="Order"/>) of each author's articles.</summary>
    public Dictionary<string, int[]> ByAuthor { get; }

    /// <summary>Positions (in <see cref="Order"/>) of each tag's articles.</summary>
    public Dictionary<string, int[]> ByTag { get; }

    /// <summary>Arranges <paramref name="views"/> (in input order).</summary>
    public static ArticleArrangement Of(IReadOnlyList<ArticleView> views)
    {
        // A stable sort, so equal dates and titles keep the input order.
        int[] order = [.. Enumerable.Range(0, views.Count)
            .OrderByDescending(i => views[i].Date).ThenBy(i => views[i].Title, StringComparer.Ordinal)];
        return new ArticleArrangement(order,
            Group(views, order, v => v.DiseaseKeys), Group(views, order, v => v.AuthorKeys), Group(views, order, v => v.Tags.Select(t => t.Key)));
    }

    // Each article once per key, even when its front matter names the key twice.
    private static Dictionary<string, int[]> Group(IReadOnlyList<ArticleView> views, int[] order, Func<ArticleView, IEnumerable<string>> keys)
    {
        var groups = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var position = 0; position < order.Length; position++)
        {
            foreach (var key in keys(views[order[position]]))
            {
                if (!groups.TryGetValue(key, out var list))
                {
                    groups[key] = list = [];
                }
                // Positions come in order, so a key named twice by one article would end its list already.
                if (list.Count == 0 || list[^1] != position)
                {
                    list.Add(position);
                }
            }
        }
        return groups.ToDictionary(g => g.Key, g => g.Value.ToArray(), StringComparer.Ordinal);
    }
}

/// <summary>The articles of each key (a disease, author or tag), newest first.</summary>
public sealed class ArticleGroups
{
    private readonly Dictionary<string, int[]> _positions;
    private readonly IReadOnlyList<ArticleView> _articles;

    internal ArticleGroups(Dictionary<string, int[]> positions, IReadOnlyList<ArticleView> articles)
    {
        _positions = positions;
        _articles = articles;
    }

    /// <summary>Every key that has at least one article.</summary>
    public IEnumerable<string> Keys => _positions.Keys;

    /// <summary>How many articles <paramref name="key"/> has.</summary>
    public int Count(string key) => _positions.TryGetValue(key, out var positions) ? positions.Length : 0;

    /// <summary>The articles of <paramref name="key"/>, newest first; none for an unknown key.</summary>
    public IReadOnlyList<ArticleView> this[string key] => Newest(key, int.MaxValue);

    /// <summary>The newest <paramref name="count"/> articles of <paramref name="key"/> (a feed needs no more).</summary>
    public IReadOnlyList<ArticleView> Newest(string key, int count)
    {
        if (!_positions.TryGetValue(key, out var positions))
        {
            return [];
        }
        var newest = new ArticleView[Math.Min(count, positions.Length)];
        for (var i = 0; i < newest.Length; i++)
        {
            newest[i] = _articles[positions[i]];
        }
        return newest;
    }
}
