namespace RareNewsSite.Search;

/// <summary>
/// Finds the names of diseases and drugs a text mentions under any of their names, so an article that only
/// says "acute lymphoblastic leukemia" is also found by "ALL", and one that says "Blincyto" by "blinatumomab".
/// A name written in capitals (ALL) only matches where the text writes it in capitals too.
/// </summary>
internal sealed class AliasTable
{
    private readonly Dictionary<string, List<(string[] Words, bool Capitals, SearchAliasGroup Group)>> _byFirstWord = new(StringComparer.Ordinal);

    /// <summary>Indexes every name of every group.</summary>
    public AliasTable(IEnumerable<SearchAliasGroup> groups)
    {
        foreach (var group in groups)
        {
            foreach (var name in group.All)
            {
                var words = SearchText.Words(name).ToArray();
                if (words.Length == 0)
                {
                    continue;
                }
                var capitals = IsCapitals(SearchText.Fold(name));
                if (!_byFirstWord.TryGetValue(words[0], out var list))
                {
                    _byFirstWord[words[0]] = list = [];
                }
                list.Add((words, capitals, group));
            }
        }
    }

    /// <summary>Every name of every group that <paramref name="text"/> mentions, in a stable order.</summary>
    public IReadOnlyList<string> NamesMentionedIn(string text)
    {
        var original = SearchText.WordsWithCase(text).ToArray();
        var words = original.Select(w => w.ToLowerInvariant()).ToArray();
        var found = new SortedSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < words.Length; i++)
        {
            if (!_byFirstWord.TryGetValue(words[i], out var candidates))
            {
                continue;
            }
            foreach (var (phrase, capitals, group) in candidates)
            {
                if (Matches(words, original, i, phrase, capitals))
                {
                    found.UnionWith(group.All);
                }
            }
        }
        return [.. found];
    }

    private static bool Matches(string[] words, string[] original, int start, string[] phrase, bool capitals)
    {
        if (start + phrase.Length > words.Length)
        {
            return false;
        }
        for (var j = 0; j < phrase.Length; j++)
        {
            if (!string.Equals(words[start + j], phrase[j], StringComparison.Ordinal) || capitals && !IsCapitals(original[start + j]))
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsCapitals(string text) => text.Any(char.IsLetter) && !text.Any(char.IsLower);
}
