using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace RareNewsSite.Search;

/// <summary>
/// How text becomes search terms. <c>theme/assets/search.js</c> does exactly the same to the query:
/// accents dropped (NFD, marks removed), lower case, runs of letters and digits; one-letter terms and
/// stop words are left out, except an abbreviation written in capitals (ALL) that the site defines.
/// <see cref="WordReader"/> reads the words and <see cref="TermUse"/> says which are terms; the rule was first
/// written as the regular expression <c>[\p{L}\p{N}]+</c> over <see cref="Fold"/> of the text, and a test keeps
/// that definition to compare against. Letters, digits and marks are judged per code point, as the browser's
/// <c>/[\p{L}\p{N}]+/u</c> does, so a letter outside the Basic Multilingual Plane is part of a word on both sides.
/// A term is then spelt the American way (<see cref="SpellingVariants"/>); queries also match terms of the same
/// English stem (<see cref="EnglishStemmer"/>).
/// </summary>
internal static class SearchText
{
    /// <summary>Words too common to help a search; the client ignores them when the index lacks them.</summary>
    public static FrozenSet<string> StopWords { get; } = new[]
    {
        "a", "about", "after", "all", "also", "an", "and", "any", "are", "as", "at", "be", "been", "but", "by",
        "can", "could", "did", "do", "does", "for", "from", "had", "has", "have", "he", "her", "his", "how",
        "if", "in", "into", "is", "it", "its", "may", "more", "most", "no", "not", "of", "on", "one", "or",
        "other", "our", "out", "she", "so", "some", "such", "than", "that", "the", "their", "them", "then",
        "there", "these", "they", "this", "those", "to", "too", "two", "up", "us", "was", "we", "were", "what",
        "when", "which", "who", "will", "with", "would", "you", "your",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Accents dropped; case kept (so capitals can be recognised as abbreviations).</summary>
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        for (var i = 0; i < decomposed.Length;)
        {
            // A lone surrogate is no rune: kept as it is (it is no letter either).
            if (!Rune.TryGetRuneAt(decomposed, i, out var rune))
            {
                builder.Append(decomposed[i++]);
                continue;
            }
            if (Rune.GetUnicodeCategory(rune) is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark))
            {
                builder.Append(decomposed, i, rune.Utf16SequenceLength);
            }
            i += rune.Utf16SequenceLength;
        }
        return builder.ToString();
    }
}
