namespace RareNewsSite.Search;

/// <summary>
/// One distinct lower-cased word as a <see cref="WordReader"/> keeps it: the string made once and shared by
/// every occurrence (in its American spelling, see <see cref="SpellingVariants"/>), its stem, what the word rule says of
/// it, and the alias names whose first word has the same stem. It also holds a
/// document's running counts while a <see cref="DocumentTokenizer"/> counts, so it belongs to one reader and
/// one thread.
/// </summary>
internal sealed class InternedWord(string text, string stem, TermUse use, AliasTable.Phrase[] phrases)
{
    /// <summary>The word, lower case, folded and spelt the American way: the search term.</summary>
    public string Text { get; } = text;

    /// <summary>The word's English stem (<see cref="EnglishStemmer"/>), which alias names are matched by.</summary>
    public string Stem { get; } = stem;

    /// <summary>When an occurrence of the word is a search term.</summary>
    public TermUse Use { get; } = use;

    /// <summary>The alias names whose first word has this word's stem (empty for most words).</summary>
    public AliasTable.Phrase[] Phrases { get; } = phrases;

    /// <summary>True when some alias name starts with this word (kept beside <see cref="Use"/>, which is read for every occurrence too).</summary>
    public bool StartsPhrase { get; } = phrases.Length > 0;

    // The tokenizer's scratch: the count in the field being counted (valid while FieldStamp is the field's), and
    // the position among the document's distinct terms (valid while DocumentStamp is the document's).
    internal int FieldStamp;
    internal int FieldCount;
    internal int DocumentStamp;
    internal int DocumentIndex;
}
