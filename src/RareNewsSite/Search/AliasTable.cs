namespace RareNewsSite.Search;

/// <summary>
/// Finds the names of diseases and drugs a text mentions under any of their names, so an article that only
/// says "acute lymphoblastic leukemia" is also found by "ALL", and one that says "Blincyto" by "blinatumomab".
/// A name written in capitals (ALL) only matches where the text writes it in capitals too. Words are compared by
/// their English stem, so "babies" mentions the synonym "baby" and "Fabry diseases" the name "Fabry disease".
/// </summary>
internal sealed class AliasTable
{
    private readonly Dictionary<string, Phrase[]> _byFirstWord = new(StringComparer.Ordinal);

    /// <summary>Indexes every name of every group.</summary>
    public AliasTable(IEnumerable<SearchAliasGroup> groups)
    {
        var reader = new WordReader(new HashSet<string>(), table: null);
        var words = new List<Word>();
        var byFirstWord = new Dictionary<string, List<Phrase>>(StringComparer.Ordinal);
        foreach (var group in groups)
        {
            foreach (var name in group.All)
            {
                words.Clear();
                reader.Read(name, words);
                if (words.Count == 0)
                {
                    continue;
                }
                var capitals = IsCapitals(SearchText.Fold(name));
                if (!byFirstWord.TryGetValue(words[0].Interned.Stem, out var list))
                {
                    byFirstWord[words[0].Interned.Stem] = list = [];
                }
                list.Add(new Phrase([.. words.Select(w => w.Interned.Stem)], capitals, group));
            }
        }
        foreach (var (word, phrases) in byFirstWord)
        {
            _byFirstWord[word] = [.. phrases];
        }
    }

    /// <summary>One name of a group as the stems of the words it is made of, and whether it is written in capitals.</summary>
    internal sealed record Phrase(string[] Words, bool Capitals, SearchAliasGroup Group);

    /// <summary>The names whose first word has the stem <paramref name="stem"/>, in the order the groups came.</summary>
    public Phrase[] PhrasesStartingWith(string stem) => _byFirstWord.GetValueOrDefault(stem) ?? [];

    /// <summary>
    /// Sets <paramref name="names"/> to every name of every group that the words mention, sorted (ordinal), each
    /// once; <paramref name="starts"/> are the positions of the words some name starts with (any order), and
    /// <paramref name="groups"/> is the caller's scratch list. Each word carries the phrases of the table its
    /// <see cref="WordReader"/> was made with, so the table itself is not needed here.
    /// </summary>
    public static void NamesMentionedIn(List<Word> words, List<int> starts, List<SearchAliasGroup> groups, List<string> names)
    {
        groups.Clear();
        names.Clear();
        foreach (var i in starts)
        {
            foreach (var phrase in words[i].Interned.Phrases)
            {
                if (Matches(words, i, phrase) && !groups.Contains(phrase.Group))
                {
                    groups.Add(phrase.Group);
                }
            }
        }
        foreach (var group in groups)
        {
            names.Add(group.Name);
            names.AddRange(group.OtherNames);
        }
        // A static method, whose delegate the compiler makes once: List.Sort with an IComparer makes a delegate to its
        // interface method on every call, which cost 4% of a 1,000-article build here.
        names.Sort(string.CompareOrdinal);
        var kept = 0;
        for (var i = 0; i < names.Count; i++)
        {
            if (kept == 0 || !string.Equals(names[kept - 1], names[i], StringComparison.Ordinal))
            {
                names[kept++] = names[i];
            }
        }
        names.RemoveRange(kept, names.Count - kept);
    }

    private static bool Matches(List<Word> words, int start, Phrase phrase)
    {
        if (start + phrase.Words.Length > words.Count)
        {
            return false;
        }
        for (var j = 0; j < phrase.Words.Length; j++)
        {
            var word = words[start + j];
            if (!string.Equals(word.Interned.Stem, phrase.Words[j], StringComparison.Ordinal) || phrase.Capitals && !word.InCapitals)
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsCapitals(string text) => text.Any(char.IsLetter) && !text.Any(char.IsLower);
}
