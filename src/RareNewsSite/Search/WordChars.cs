using System.Globalization;
using System.Text;

namespace RareNewsSite.Search;

/// <summary>
/// What a character is to <see cref="SearchText"/>'s word rule (NFD, marks dropped, runs of letters and digits),
/// told one character at a time. Only characters that NFD leaves as they are and that never move in its
/// reordering can be judged alone: the rest need the text around them normalized (<see cref="WordReader"/>).
/// </summary>
internal static class WordChars
{
    /// <summary>What a character does to the words around it.</summary>
    public enum Kind : byte
    {
        /// <summary>Not yet looked at (the cache's empty value).</summary>
        Unknown,
        /// <summary>Ends a word: not a letter, digit or mark, and NFD keeps it and nothing moves across it.</summary>
        Separator,
        /// <summary>A letter or digit that NFD keeps as it is.</summary>
        WordChar,
        /// <summary>A mark that NFD keeps in place; folding drops it, joining the letters on either side.</summary>
        Mark,
        /// <summary>Decomposes, reorders, is a surrogate or is no valid text: only NFD of the text around it tells.</summary>
        NeedsNormalizing,
    }

    // U+0345 has the highest combining class (240): a character that NFD moves before it has a non-zero class.
    private const string Probe = "a\u0345";

    // Filled on first sight of each character; two threads filling one slot write the same value.
    private static readonly Kind[] Kinds = new Kind[char.MaxValue + 1];

    /// <summary>The kind of <paramref name="c"/>, which must not be ASCII (the reader handles ASCII itself).</summary>
    public static Kind Of(char c)
    {
        var kind = Kinds[c];
        if (kind == Kind.Unknown)
        {
            Kinds[c] = kind = Classify(c);
        }
        return kind;
    }

    private static Kind Classify(char c)
    {
        if (char.IsSurrogate(c) || c == '\u0345')
        {
            return Kind.NeedsNormalizing;
        }
        var alone = c.ToString();
        try
        {
            if (!string.Equals(alone.Normalize(NormalizationForm.FormD), alone, StringComparison.Ordinal)
                || !string.Equals((Probe + alone).Normalize(NormalizationForm.FormD), Probe + alone, StringComparison.Ordinal))
            {
                return Kind.NeedsNormalizing;
            }
        }
        catch (ArgumentException)
        {
            return Kind.NeedsNormalizing; // U+FFFE: normalizing the text around it throws, as it always did
        }
        return CharUnicodeInfo.GetUnicodeCategory(c) switch
        {
            UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark => Kind.Mark,
            _ when char.IsLetter(c) || char.IsNumber(c) => Kind.WordChar,
            _ => Kind.Separator,
        };
    }
}
