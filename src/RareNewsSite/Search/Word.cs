namespace RareNewsSite.Search;

/// <summary>One occurrence of a word in a text: the word, and how the text wrote it.</summary>
internal readonly record struct Word(InternedWord Interned, bool HasLowerCase, bool HasLetter)
{
    /// <summary>A search term here: see <see cref="TermUse"/> (a word of two or more letters with none lower case is in capitals).</summary>
    public bool IsTerm => Interned.Use == TermUse.Always || Interned.Use == TermUse.InCapitals && !HasLowerCase;

    /// <summary>Written in capitals as an alias name in capitals must be matched: some letter, none lower case.</summary>
    public bool InCapitals => HasLetter && !HasLowerCase;
}
