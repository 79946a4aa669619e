using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using RareNewsSite.Engine;
using RareNewsSite.Site.Views;

namespace RareNewsSite.Site;

/// <summary>The published articles' cards newest first, and grouped by disease, author and tag (each newest first).</summary>
/// <remarks>
/// Made again from the last lists when only a few cards changed (<see cref="Update"/>): at 10,000 articles, sorting and
/// grouping every card again costs tens of milliseconds of waiting for memory, most of a title edit's rebuild. The
/// result is the same as <see cref="Of"/> gives: the order is a total one (date, title, then position).
/// </remarks>
[JsonConverter(typeof(Json))]
internal sealed class ArticleLists : IEquatable<ArticleLists>
{
    private readonly IReadOnlyList<ArticleCard> _cards;
    private readonly int[] _order;

    private ArticleLists(IReadOnlyList<ArticleCard> cards, int[] order, ArticleGroups byDisease, ArticleGroups byAuthor, ArticleGroups byTag)
    {
        _cards = cards;
        _order = order;
        Newest = Array.ConvertAll(order, i => cards[i]);
        (ByDisease, ByAuthor, ByTag) = (byDisease, byAuthor, byTag);
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
        var order = new int[cards.Count];
        // The dates are copied out first: a sort that reads every card again for each comparison spends its time
        // waiting for memory. Titles are read only for equal dates.
        var ticks = new long[cards.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
            ticks[i] = cards[i].Date.UtcTicks;
        }
        Array.Sort(order, (a, b) => Compare(cards, i => ticks[i], a, b));
        var rank = RankOf(order);
        return new(cards, order, ArticleGroups.Of(cards, rank, DiseaseKeys), ArticleGroups.Of(cards, rank, AuthorKeys), ArticleGroups.Of(cards, rank, TagKeys));
    }

    /// <summary>
    /// The lists of <paramref name="cards"/>, made from <paramref name="last"/> when it had as many cards and few are not
    /// the very same; <paramref name="changed"/> gives the groups (<c>disease/key</c>, <c>author/key</c>, <c>tag/key</c>)
    /// whose cards may differ, or null when every group was made again.
    /// </summary>
    public static ArticleLists Update(ArticleLists? last, IReadOnlyList<ArticleCard> cards, out HashSet<string>? changed)
    {
        changed = null;
        if (last is null || last._cards.Count != cards.Count)
        {
            return Of(cards);
        }
        var edited = new List<int>();
        for (var i = 0; i < cards.Count && edited.Count <= 64; i++)
        {
            if (!ReferenceEquals(last._cards[i], cards[i]))
            {
                edited.Add(i);
            }
        }
        if (edited.Count > 64)
        {
            return Of(cards);
        }
        // The order: the edited cards taken out and put back where their date and title now place them.
        var ticks = new Dictionary<int, long>();
        long TicksOf(int i) => ticks.TryGetValue(i, out var t) ? t : ticks[i] = cards[i].Date.UtcTicks;
        var order = new List<int>(last._order.Length);
        var editedSet = edited.ToHashSet();
        foreach (var i in last._order)
        {
            if (!editedSet.Contains(i))
            {
                order.Add(i);
            }
        }
        foreach (var i in edited)
        {
            var at = order.BinarySearch(i, Comparer<int>.Create((a, b) => Compare(cards, TicksOf, a, b)));
            order.Insert(~at, i);
        }
        var orderArray = order.ToArray();
        var rank = RankOf(orderArray);
        changed = [];
        var lists = new ArticleLists(cards, orderArray,
            last.ByDisease.Update("disease", cards, last._cards, edited, rank, DiseaseKeys, changed),
            last.ByAuthor.Update("author", cards, last._cards, edited, rank, AuthorKeys, changed),
            last.ByTag.Update("tag", cards, last._cards, edited, rank, TagKeys, changed));
        return lists;
    }

    private static IEnumerable<string> DiseaseKeys(ArticleCard card) => card.DiseaseKeys;

    private static IEnumerable<string> AuthorKeys(ArticleCard card) => card.AuthorKeys;

    private static IEnumerable<string> TagKeys(ArticleCard card) => card.Tags.Select(t => t.Key);

    // Newest first, then by title, then by position: a total order, so an updated order is the one a sort gives.
    private static int Compare(IReadOnlyList<ArticleCard> cards, Func<int, long> ticks, int a, int b)
    {
        var byDate = ticks(b).CompareTo(ticks(a));
        var byTitle = byDate != 0 ? byDate : string.CompareOrdinal(cards[a].Title, cards[b].Title);
        return byTitle != 0 ? byTitle : a.CompareTo(b);
    }

    private static int[] RankOf(int[] order)
    {
        var rank = new int[order.Length];
        for (var r = 0; r < order.Length; r++)
        {
            rank[order[r]] = r;
        }
        return rank;
    }

    /// <summary>Equal when made from equal cards in the same order: the lists are a function of the cards alone.</summary>
    public bool Equals(ArticleLists? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }
        if (other is null || other._cards.Count != _cards.Count)
        {
            return false;
        }
        for (var i = 0; i < _cards.Count; i++)
        {
            if (!ReferenceEquals(_cards[i], other._cards[i]) && !_cards[i].Equals(other._cards[i]))
            {
                return false;
            }
        }
        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ArticleLists);

    /// <inheritdoc />
    public override int GetHashCode() => _cards.Count;

    /// <summary>Keeps the lists in the build cache as the cards they were made from, in their order; sorted again when read.</summary>
    internal sealed class Json : JsonConverter<ArticleLists>
    {
        public override ArticleLists Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            Of([.. JsonSerializer.Deserialize(ref reader, Cards(options))]);

        public override void Write(Utf8JsonWriter writer, ArticleLists value, JsonSerializerOptions options) =>
            JsonSerializer.Serialize(writer, new ValueArray<ArticleCard>([.. value._cards]), Cards(options));

        private static JsonTypeInfo<ValueArray<ArticleCard>> Cards(JsonSerializerOptions options) =>
            (JsonTypeInfo<ValueArray<ArticleCard>>)options.GetTypeInfo(typeof(ValueArray<ArticleCard>));
    }
}

/// <summary>Cards grouped by a key, each group newest first, an article once per group even if it names the key twice.</summary>
internal sealed class ArticleGroups
{
    private readonly Dictionary<string, int[]> _positions;
    private readonly IReadOnlyList<ArticleCard> _cards;

    private ArticleGroups(Dictionary<string, int[]> positions, IReadOnlyList<ArticleCard> cards) => (_positions, _cards) = (positions, cards);

    /// <summary>The groups of <paramref name="cards"/> by <paramref name="keys"/>, each in the order <paramref name="rank"/> gives.</summary>
    internal static ArticleGroups Of(IReadOnlyList<ArticleCard> cards, int[] rank, Func<ArticleCard, IEnumerable<string>> keys)
    {
        var lists = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < cards.Count; i++)
        {
            foreach (var key in keys(cards[i]))
            {
                ref var list = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(lists, key, out _);
                list ??= [];
                if (list.Count == 0 || list[^1] != i)
                {
                    list.Add(i);
                }
            }
        }
        return new(lists.ToDictionary(p => p.Key, p => Sorted(p.Value, rank), StringComparer.Ordinal), cards);
    }

    /// <summary>
    /// These groups with the <paramref name="edited"/> positions taken out of the groups they were in and put into
    /// those they are in now; the keys of every group that may differ go into <paramref name="changed"/>.
    /// </summary>
    internal ArticleGroups Update(string kind, IReadOnlyList<ArticleCard> cards, IReadOnlyList<ArticleCard> before, List<int> edited, int[] rank,
        Func<ArticleCard, IEnumerable<string>> keys, HashSet<string> changed)
    {
        var positions = new Dictionary<string, int[]>(_positions, StringComparer.Ordinal);
        var touched = new HashSet<string>(StringComparer.Ordinal);
        foreach (var i in edited)
        {
            touched.UnionWith(keys(before[i]));
            touched.UnionWith(keys(cards[i]));
        }
        var editedSet = edited.ToHashSet();
        foreach (var key in touched)
        {
            var list = _positions.TryGetValue(key, out var was) ? was.Where(i => !editedSet.Contains(i)).ToList() : [];
            list.AddRange(edited.Where(i => keys(cards[i]).Contains(key, StringComparer.Ordinal)));
            if (list.Count == 0)
            {
                positions.Remove(key);
            }
            else
            {
                positions[key] = Sorted(list, rank);
            }
            changed.Add($"{kind}/{key}");
        }
        return new(positions, cards);
    }

    private static int[] Sorted(List<int> positions, int[] rank)
    {
        var array = positions.ToArray();
        Array.Sort(array, (a, b) => rank[a].CompareTo(rank[b]));
        return array;
    }

    /// <summary>The keys that have articles.</summary>
    public IEnumerable<string> Keys => _positions.Keys.Order(StringComparer.Ordinal);

    /// <summary>How many articles have <paramref name="key"/>.</summary>
    public int Count(string key) => _positions.TryGetValue(key, out var list) ? list.Length : 0;

    /// <summary>The articles with <paramref name="key"/>, newest first.</summary>
    public IReadOnlyList<ArticleCard> this[string key] => _positions.TryGetValue(key, out var list) ? Array.ConvertAll(list, i => _cards[i]) : [];
}
