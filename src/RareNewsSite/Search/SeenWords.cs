namespace RareNewsSite.Search;

/// <summary>
/// The words a <see cref="WordReader"/> has made, found by their lower-cased text as written without making a string:
/// an open-addressing table keyed by a hash the reader computes while it lower-cases (<see cref="Step"/>), so that
/// looking a word up reads its characters once more at most. Two spellings of one word (paediatric, pediatric) are two
/// keys of the same <see cref="InternedWord"/>.
/// </summary>
internal sealed class SeenWords
{
    private (uint Hash, string Key, InternedWord? Word)[] _slots = new (uint, string, InternedWord?)[1024];
    private int _count;

    /// <summary>The hash of a text before its first character.</summary>
    public const uint Start = 2166136261;

    /// <summary>Adds a character to a hash (FNV-1a over UTF-16 units).</summary>
    public static uint Step(uint hash, char c) => (hash ^ c) * 16777619;

    /// <summary>The hash of <paramref name="text"/>, as <see cref="Step"/> builds it.</summary>
    public static uint Hash(ReadOnlySpan<char> text)
    {
        var hash = Start;
        foreach (var c in text)
        {
            hash = Step(hash, c);
        }
        return hash;
    }

    /// <summary>The word written <paramref name="lowered"/> (with hash <paramref name="hash"/>), or null.</summary>
    public InternedWord? Find(ReadOnlySpan<char> lowered, uint hash)
    {
        var mask = _slots.Length - 1;
        for (var at = Slot(hash, mask); ; at = (at + 1) & mask)
        {
            var (slotHash, key, word) = _slots[at];
            if (word is null)
            {
                return null;
            }
            if (slotHash == hash && lowered.SequenceEqual(key))
            {
                return word;
            }
        }
    }

    /// <summary>Adds a spelling <paramref name="key"/> not yet in the table, for <paramref name="word"/>.</summary>
    public void Add(string key, InternedWord word, uint hash)
    {
        if (2 * (_count + 1) > _slots.Length)
        {
            var old = _slots;
            _slots = new (uint, string, InternedWord?)[2 * old.Length];
            foreach (var (slotHash, slotKey, slotWord) in old)
            {
                if (slotWord is not null)
                {
                    Place(slotKey, slotWord, slotHash);
                }
            }
        }
        Place(key, word, hash);
        _count++;
    }

    private void Place(string key, InternedWord word, uint hash)
    {
        var mask = _slots.Length - 1;
        var at = Slot(hash, mask);
        while (_slots[at].Word is not null)
        {
            at = (at + 1) & mask;
        }
        _slots[at] = (hash, key, word);
    }

    // FNV's low bits are weak for short words: spread the high bits down before masking.
    private static int Slot(uint hash, int mask) => (int)((hash * 0x9E3779B1u) >> 7) & mask;
}
